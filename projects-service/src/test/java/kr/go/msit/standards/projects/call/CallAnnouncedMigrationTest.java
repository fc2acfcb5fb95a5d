package kr.go.msit.standards.projects.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * V10 (a call's announcedOn) on the data an older system left, in a database of its own: migrated to V9, written as
 * the API and older versions wrote calls, then migrated on. A call opened before V4 without its dates (V4's rule was
 * added NOT VALID and PostgreSQL checks it on every later update) made V10's backfill fail, and projects-service could
 * not start.
 */
class CallAnnouncedMigrationTest {

    @Test
    void announcedOnIsBackfilledAndACallCancelledAsADraftStaysPrivate() throws SQLException {
        MigrationDatabase database = MigrationDatabase.create().migrateTo("9");
        DataSource data = database.data();
        // V4's rule is checked by every update from V4 on: only a call written before it opens without dates
        database.execute("ALTER TABLE call_for_proposals DROP CONSTRAINT call_open_has_dates", """
                    INSERT INTO call_for_proposals (id, code, program_id, fiscal_year, title_ko, title_en,
                        budget_ceiling_krw, per_project_cap_krw, duration_months, selection_mode, status, created_at)
                    SELECT CAST(id AS uuid), code, 'a0000000-0000-4000-8000-000000002025', 2026, 't', 't', 1000, 100,
                           12, 'OPEN', status, TIMESTAMPTZ '2026-05-01 20:00+00'
                    FROM (VALUES ('10000000-0000-4000-8000-000000000001', 'OPEN-NO-DATES', 'OPEN'),
                                 ('10000000-0000-4000-8000-000000000002', 'CANCELLED-FROM-OPEN', 'CANCELLED'),
                                 ('10000000-0000-4000-8000-000000000003', 'CANCELLED-FROM-DRAFT', 'CANCELLED'),
                                 ('10000000-0000-4000-8000-000000000004', 'CANCELLED-NO-AUDIT', 'CANCELLED'),
                                 ('10000000-0000-4000-8000-000000000005', 'ANNOUNCED', 'ANNOUNCED'),
                                 ('10000000-0000-4000-8000-000000000006', 'DRAFT', 'DRAFT')) AS c (id, code, status)""", """
                    ALTER TABLE call_for_proposals ADD CONSTRAINT call_open_has_dates
                        CHECK (status IN ('DRAFT', 'ANNOUNCED', 'CANCELLED')
                               OR (opens_on IS NOT NULL AND closes_on IS NOT NULL)) NOT VALID""", """
                    INSERT INTO audit_event (id, actor_subject, actor_roles, resource, resource_id, action, changes,
                                             occurred_at)
                    VALUES (gen_random_uuid(), 'pm', 'program-manager', 'call', '10000000-0000-4000-8000-000000000002',
                            'cancel', '{"status": {"old": "OPEN", "new": "CANCELLED"}}', now()),
                           (gen_random_uuid(), 'pm', 'program-manager', 'call', '10000000-0000-4000-8000-000000000003',
                            'cancel', '{"status": {"old": "DRAFT", "new": "CANCELLED"}}', now()),
                           (gen_random_uuid(), 'pm', 'program-manager', 'call', '10000000-0000-4000-8000-000000000005',
                            'announce', '{"status": {"old": "DRAFT", "new": "ANNOUNCED"}}',
                            TIMESTAMPTZ '2026-06-30 16:30+00')""", """
                    INSERT INTO change_event (id, type, resource, subject, data)
                    VALUES (gen_random_uuid(), 'kr.go.msit.kus.call.created', 'call',
                            '10000000-0000-4000-8000-000000000005', '{"status": "DRAFT"}'),
                           (gen_random_uuid(), 'kr.go.msit.kus.call.announced', 'call',
                            '10000000-0000-4000-8000-000000000005', '{"status": "ANNOUNCED"}'),
                           (gen_random_uuid(), 'kr.go.msit.kus.call.cancelled', 'call',
                            '10000000-0000-4000-8000-000000000003', '{"status": "CANCELLED"}')""");

        database.migrateTo("10");

        Map<String, String> announced = new LinkedHashMap<>();
        Map<String, String> inFeed = new LinkedHashMap<>();
        try (Connection connection = data.getConnection();
                Statement sql = connection.createStatement()) {
            try (ResultSet rows =
                    sql.executeQuery("SELECT code, CAST(announced_on AS text) FROM call_for_proposals ORDER BY code")) {
                while (rows.next()) {
                    announced.put(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows =
                    sql.executeQuery("SELECT type, data ->> 'announcedOn' FROM change_event ORDER BY seq")) {
                while (rows.next()) {
                    inFeed.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        // Korea's date of the announcement, else of the opening or the making (20:00 UTC is the next day in Korea)
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ANNOUNCED", "2026-07-01");
        expected.put("CANCELLED-FROM-DRAFT", null);
        expected.put("CANCELLED-FROM-OPEN", "2026-05-02");
        expected.put("CANCELLED-NO-AUDIT", null);
        expected.put("DRAFT", null);
        expected.put("KUS-2025-C01", "2024-11-01");
        expected.put("OPEN-NO-DATES", "2026-05-02");
        assertEquals(expected, announced);
        Map<String, String> feed = new LinkedHashMap<>();
        feed.put("kr.go.msit.kus.call.created", null);
        feed.put("kr.go.msit.kus.call.announced", "2026-07-01");
        feed.put("kr.go.msit.kus.call.cancelled", null);
        assertEquals(feed, inFeed);
    }
}
