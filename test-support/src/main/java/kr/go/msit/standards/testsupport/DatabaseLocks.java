package kr.go.msit.standards.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * A test's own connection to a service's database, to hold a lock there so that a request waits where the test
 * wants it to (an order of events a race test must be certain of), and the wait for requests to come to it.
 */
public final class DatabaseLocks {

    private DatabaseLocks() {}

    /** A connection of the test's own to {@code database}, in a transaction the test ends. */
    public static Connection connect(String database) throws SQLException {
        Connection connection = DriverManager.getConnection(
                PostgresTestResource.server().getJdbcUrl("postgres", database), "postgres", "postgres");
        connection.setAutoCommit(false);
        return connection;
    }

    /** Waits (10 s at most) until {@code sessions} sessions of {@code database} wait for a lock. */
    public static void awaitWaiting(Connection connection, String database, int sessions) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Statement statement = connection.createStatement();
                    ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE datname = '" + database + "' AND wait_event_type = 'Lock'")) {
                waiting.next();
                if (waiting.getInt(1) >= sessions) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(sessions + " sessions did not come to wait for a lock within 10 s");
    }
}
