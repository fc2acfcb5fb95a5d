package kr.go.msit.standards.projects.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kr.go.msit.standards.testsupport.MigrationDatabase;
import org.junit.jupiter.api.Test;

/**
 * V15 (a position is recorded once for its days) on the rows an older release could write: one seat recorded three
 * times, twice over the same days, once before them, then migrated on. The overlapping later record keeps its row
 * under a marked holder, the earlier one stays as it was, and the database refuses a new overlapping record.
 */
class PositionOnceMigrationTest {

    private static final String INSERT = """
            INSERT INTO leadership_position (id, project_id, body_id, group_name, role, holder_name, start_date,
                                             end_date, created_at)
            SELECT gen_random_uuid(), 'a0000002-0000-4000-8000-000000000001', b.id, '%s', 'EDITOR', '%s',
                   DATE '%s', %s, TIMESTAMPTZ '%s'
            FROM standards_body b ORDER BY b.code LIMIT 1""";

    @Test
    void theLaterOverlappingRecordIsMarkedAndANewOneRefused() throws SQLException {
        MigrationDatabase database = MigrationDatabase.create().migrateTo("14");
        DataSource data = database.data();
        database.execute(
                INSERT.formatted("WG 1", "박에디터", "2026-01-01", "NULL", "2026-01-02 09:00:00+09"),
                INSERT.formatted("wg 1", "박에디터", "2026-03-01", "DATE '2026-04-30'", "2026-03-02 09:00:00+09"),
                INSERT.formatted("WG 1", "박에디터", "2024-01-01", "DATE '2025-12-31'", "2026-05-02 09:00:00+09"));

        database.migrateTo("15");

        try (Connection connection = data.getConnection();
                Statement sql = connection.createStatement()) {
            List<String> holders = new ArrayList<>();
            // the marked row is a new version: an ETag taken before names the old holder
            try (ResultSet rows = sql.executeQuery(
                    "SELECT holder_name || ' v' || version FROM leadership_position ORDER BY created_at")) {
                while (rows.next()) {
                    holders.add(rows.getString(1));
                }
            }
            assertEquals(List.of("박에디터 v0", "박에디터 (2) v1", "박에디터 v0"), holders);
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> sql.execute(INSERT.formatted(
                            "WG 1", "박에디터", "2025-12-01", "DATE '2026-01-01'", "2026-06-01 09:00:00+09")));
            assertEquals("23P01", refused.getSQLState(), refused.getMessage());
        }
    }
}
