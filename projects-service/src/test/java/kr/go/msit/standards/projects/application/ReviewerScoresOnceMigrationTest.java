package kr.go.msit.standards.projects.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.standards.testsupport.MigrationDatabase;
import org.junit.jupiter.api.Test;

/**
 * V16 (a reviewer scores an application once, whatever the letter case) on the rows an older release could write,
 * in a database of its own: migrated to V15, one reviewer's three scores in two spellings of case next to another
 * reviewer's, then migrated on. The later scores are kept under a marked name, and the database refuses a repeat in
 * another case whatever writes it.
 */
class ReviewerScoresOnceMigrationTest {

    private static final String APPLICATION = "a9910000-0000-4000-8000-000000000001";

    @Test
    void laterScoresOfOneReviewerAreMarkedAndARepeatInAnotherCaseIsRefused() throws SQLException {
        MigrationDatabase database = MigrationDatabase.create().migrateTo("15");
        // the application row is not the point here: its foreign key is left unchecked for these rows
        database.execute("""
                SET session_replication_role = replica;
                INSERT INTO application_review (id, application_id, reviewer, score, created_at)
                VALUES (gen_random_uuid(), '%1$s', 'Kim Review', 80, '2026-01-01T00:00:00Z'),
                       (gen_random_uuid(), '%1$s', '최심사', 70, '2026-01-01T00:00:01Z'),
                       (gen_random_uuid(), '%1$s', 'KIM REVIEW', 90, '2026-01-01T00:00:02Z'),
                       (gen_random_uuid(), '%1$s', 'kim review', 10, '2026-01-01T00:00:03Z');
                SET session_replication_role = origin""".formatted(APPLICATION));

        database.migrateTo("16");

        try (Connection connection = database.data().getConnection();
                Statement sql = connection.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet result = sql.executeQuery("SELECT reviewer, score FROM application_review"
                    + " WHERE application_id = '" + APPLICATION + "' ORDER BY created_at")) {
                while (result.next()) {
                    rows.add(result.getString(1) + "=" + result.getInt(2));
                }
            }
            assertEquals(List.of("Kim Review=80", "최심사=70", "KIM REVIEW (2)=90", "kim review (3)=10"), rows);
            sql.execute("SET session_replication_role = replica");
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("""
                    INSERT INTO application_review (id, application_id, reviewer, score)
                    VALUES (gen_random_uuid(), '%s', 'KIM review', 50)""".formatted(APPLICATION)));
            assertEquals("23505", refused.getSQLState(), refused.getMessage());
        }
    }
}
