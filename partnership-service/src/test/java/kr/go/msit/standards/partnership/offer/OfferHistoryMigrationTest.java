package kr.go.msit.standards.partnership.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import kr.go.msit.standards.testsupport.MigrationDatabase;
import org.junit.jupiter.api.Test;

/**
 * V10 on the history an older release wrote, in a database of its own: migrated to V9, offers' audit rows written as
 * they were then (the contact's e-mail in the trail), then migrated on. The e-mail leaves the offers' rows only, and
 * the trail is append-only again afterwards.
 */
class OfferHistoryMigrationTest {

    @Test
    void theContactsEmailLeavesOldOfferHistoryAndTheTrailStaysAppendOnly() throws SQLException {
        MigrationDatabase database = MigrationDatabase.create().migrateTo("9");
        DataSource data = database.data();
        database.execute("""
                    INSERT INTO audit_event (id, actor_subject, actor_roles, resource, resource_id, action, changes)
                    VALUES ('10000000-0000-4000-8000-000000000001', 'po', 'partnership-officer', 'partner-offer',
                            gen_random_uuid(), 'create',
                            '{"titleEn": {"old": null, "new": "Clocks"},
                              "contactEmail": {"old": null, "new": "jane.doe@nist.gov"}}'),
                           ('10000000-0000-4000-8000-000000000002', 'po', 'partnership-officer', 'partner-offer',
                            gen_random_uuid(), 'close', '{"status": {"old": "OPEN", "new": "CLOSED"}}'),
                           ('10000000-0000-4000-8000-000000000003', 'po', 'partnership-officer', 'other',
                            gen_random_uuid(), 'create',
                            '{"contactEmail": {"old": null, "new": "kept@example.org"}}')""");

        database.migrateTo("10");

        Map<String, String> changes = new LinkedHashMap<>();
        try (Connection connection = data.getConnection();
                Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT CAST(id AS text), CAST(changes AS text) FROM audit_event "
                    + "WHERE id::text LIKE '10000000-%' ORDER BY id")) {
                while (rows.next()) {
                    changes.put(rows.getString(1).substring(34), rows.getString(2));
                }
            }
            SQLException refused =
                    assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE audit_event SET action = 'x'"));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("01", "{\"titleEn\": {\"new\": \"Clocks\", \"old\": null}}");
        expected.put("02", "{\"status\": {\"new\": \"CLOSED\", \"old\": \"OPEN\"}}");
        expected.put("03", "{\"contactEmail\": {\"new\": \"kept@example.org\", \"old\": null}}");
        assertEquals(expected, changes);
    }
}
