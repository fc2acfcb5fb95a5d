package kr.go.msit.standards.projects.evaluation;

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
 * V13 (an evaluator is named once) on the rows an older release could write, in a database of its own: migrated to
 * V12, one evaluator named three times (in two spellings of case) next to another, then migrated on. The later
 * namings keep their scores under a marked name, and the database refuses a new repeat whatever writes it.
 */
class EvaluatorNamedOnceMigrationTest {

    private static final String EVALUATION = "e7a10000-0000-4000-8000-000000000001";
    private static final String KU_SEJONG = "1b57c000-0000-4000-8000-000000000002";

    @Test
    void laterNamingsOfOneEvaluatorAreMarkedAndARepeatIsRefused() throws SQLException {
        MigrationDatabase database = MigrationDatabase.create().migrateTo("12");
        DataSource data = database.data();
        database.execute("""
                    INSERT INTO evaluation_evaluator (evaluation_id, position, id, name, institution_id, score)
                    VALUES ('%1$s', 0, gen_random_uuid(), 'Kim Eval', '%2$s', 80),
                           ('%1$s', 1, gen_random_uuid(), '최평가', '%2$s', 70),
                           ('%1$s', 2, gen_random_uuid(), 'KIM EVAL', '%2$s', 90),
                           ('%1$s', 3, gen_random_uuid(), 'Kim Eval', '%2$s', NULL)""".formatted(EVALUATION, KU_SEJONG));

        database.migrateTo("13");

        try (Connection connection = data.getConnection();
                Statement sql = connection.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet result =
                    sql.executeQuery("SELECT name, score FROM evaluation_evaluator WHERE evaluation_id = '" + EVALUATION
                            + "' ORDER BY position")) {
                while (result.next()) {
                    rows.add(result.getString(1) + "=" + result.getString(2));
                }
            }
            assertEquals(List.of("Kim Eval=80", "최평가=70", "KIM EVAL (2)=90", "Kim Eval (3)=null"), rows);
            SQLException refused =
                    assertThrows(SQLException.class, () -> sql.execute("""
                            INSERT INTO evaluation_evaluator (evaluation_id, position, id, name, institution_id)
                            VALUES ('%s', 4, gen_random_uuid(), '최평가', '%s')""".formatted(EVALUATION, KU_SEJONG)));
            assertEquals("23505", refused.getSQLState(), refused.getMessage());
        }
    }
}
