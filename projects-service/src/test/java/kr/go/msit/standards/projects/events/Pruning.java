package kr.go.msit.standards.projects.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Retention's cut made by hand, as {@code EventRetention} makes it: every event up to a feed position removed (a
 * prefix of the feed, so a read from the start sees only what follows) and the cut marked. Atomic when the connection
 * is in a transaction.
 */
final class Pruning {

    private Pruning() {}

    static void upTo(Connection connection, String cursor) throws SQLException {
        String[] position = cursor.split("\\.");
        try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM change_event WHERE (xid, seq) <= (CAST(? AS xid8), ?)");
                PreparedStatement mark = connection.prepareStatement("""
                        INSERT INTO change_event_pruned (singleton, xid, seq) VALUES (TRUE, CAST(? AS xid8), ?)
                        ON CONFLICT (singleton) DO UPDATE SET xid = EXCLUDED.xid, seq = EXCLUDED.seq""")) {
            for (PreparedStatement statement : new PreparedStatement[] {delete, mark}) {
                statement.setString(1, position[0]);
                statement.setLong(2, Long.parseLong(position[1]));
                statement.executeUpdate();
            }
        }
    }
}
