package kr.go.msit.standards.projects.contribution;

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
 * V14 (a document is registered once in its body, whatever its case) on the rows an older release could write: one
 * document recorded twice in two cases, then migrated on. The later one keeps its row under a marked reference, and
 * the database refuses a new one in another case.
 */
class DocumentAnyCaseMigrationTest {

    private static final String INSERT = """
            INSERT INTO contribution (id, project_id, body_id, group_name, document_ref, title_en, kind, stage_code,
                                      stage_date, created_at)
            SELECT gen_random_uuid(), 'a0000002-0000-4000-8000-000000000001', s.body_id, 'WG 1', '%s', 'Doc',
                   'TECHNICAL_CONTRIBUTION', s.code, DATE '2025-06-01', TIMESTAMPTZ '%s'
            FROM standards_stage s ORDER BY s.body_id, s.code LIMIT 1""";

    @Test
    void theLaterCaseOfOneDocumentIsMarkedAndAnotherCaseIsRefused() throws SQLException {
        MigrationDatabase database = MigrationDatabase.create().migrateTo("13");
        DataSource data = database.data();
        database.execute(
                INSERT.formatted("N-123", "2025-06-01 09:00:00+09"),
                INSERT.formatted("n-123", "2025-06-02 09:00:00+09"));

        database.migrateTo("14");

        try (Connection connection = data.getConnection();
                Statement sql = connection.createStatement()) {
            List<String> refs = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT document_ref FROM contribution ORDER BY created_at")) {
                while (rows.next()) {
                    refs.add(rows.getString(1));
                }
            }
            assertEquals(List.of("N-123", "n-123 (2)"), refs);
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> sql.execute(INSERT.formatted("N-123".toLowerCase(), "2025-06-03 09:00:00+09")));
            assertEquals("23505", refused.getSQLState(), refused.getMessage());
        }
    }
}
