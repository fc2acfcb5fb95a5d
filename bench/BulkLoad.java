import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's bulk loader: grows the databases of a running system (started by bench/run.sh) to a data set of a
 * given size, straight in SQL, because 100,000 disbursements through the API would take longer than the benchmark.
 * The rows keep every constraint and every balance the services keep (committed and paid KRW on each line, OBLIGATE
 * and PAY ledger entries), so the ledger reconciliation stays clean. Bulk rows are marked by codes starting BULK-;
 * growing is idempotent (a second call with the same sizes adds nothing).
 *
 * <pre>
 *   java -cp launcher/target/lib/postgresql-*.jar bench/BulkLoad.java grow PORT PROJECTS DISBURSEMENTS AGREEMENTS DISPATCHES
 *   java -cp ... bench/BulkLoad.java lines PORT N     ids of N budget lines of ACTIVE bulk projects that may take
 *                                                     money now (their first year), comma-separated
 * </pre>
 * Sizes are totals of bulk rows; every bulk project has three reports, an allocation of 2,500,000 KRW with one
 * budget line (fiscal years 2025–2029 in turn, so that no year plans more than the benchmark appropriates; each
 * bulk project runs 2025–2029, so every line is inside its period), and every disbursement is 10,000 KRW (six in ten requested, two approved, one paid, one rejected).
 */
public class BulkLoad {

    static final String PROGRAM = "a0000000-0000-4000-8000-000000002025";
    static final String ENVELOPE = "b0000000-0000-4000-8000-000000002025";
    static final String NIST = "a6e0c000-0000-4000-8000-000000000001";
    static final String[] SITES = {"a6e05000-0000-4000-8000-000000000001", "a6e05000-0000-4000-8000-000000000002"};
    static final String LEADS = "ARRAY['1b57c000-0000-4000-8000-000000000001','1b57c000-0000-4000-8000-000000000002',"
            + "'1b57c000-0000-4000-8000-000000000003']::uuid[]";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "grow" -> grow(port, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            case "lines" -> System.out.println(String.join(",", lines(port, Integer.parseInt(args[2]))));
            default -> throw new IllegalArgumentException("grow or lines");
        }
    }

    static Connection connect(int port, String database) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "postgres");
        c.setAutoCommit(false);
        return c;
    }

    static void grow(int port, int projects, int disbursements, int agreements, int dispatches) throws SQLException {
        long started = System.nanoTime();
        try (Connection p = connect(port, "projects"); Connection f = connect(port, "funding");
                Connection s = connect(port, "partnership")) {
            int from = count(p, "SELECT count(*) FROM project WHERE code LIKE 'BULK-%'");
            run(p, """
                    INSERT INTO project (id, code, program_id, fiscal_year, title_ko, title_en, technology_area,
                                         lead_institution_id, period_start, period_end, awarded_total_krw, status)
                    SELECT gen_random_uuid(), 'BULK-' || lpad(n::text, 6, '0'), '%s', 2026 + n %% 3,
                           '대량 과제 ' || chr(44032 + n %% 11172) || chr(44032 + (n * 7) %% 11172) || ' ' || n,
                           'Bulk project ' || n,
                           (ARRAY['SEMICONDUCTORS','ADVANCED_BIO','QUANTUM','NEXT_GENERATION_COMMUNICATIONS'])[1 + n %% 4],
                           (%s)[1 + n %% 3], DATE '2025-01-01', DATE '2029-12-31', 2500000,
                           CASE WHEN n %% 10 = 9 THEN 'SUSPENDED' WHEN n %% 10 = 8 THEN 'COMPLETED' ELSE 'ACTIVE' END
                    FROM generate_series(%d, %d) AS n""".formatted(PROGRAM, LEADS, from + 1, projects));
            run(p, """
                    INSERT INTO project_report (id, project_id, report_type, sequence, due_date, status)
                    SELECT gen_random_uuid(), pr.id, r.type, r.seq, r.due, 'DUE'
                    FROM project pr CROSS JOIN (VALUES ('ANNUAL', 1, DATE '2026-12-31'), ('ANNUAL', 2, DATE '2027-12-31'),
                                                      ('FINAL', 1, DATE '2029-02-28')) AS r(type, seq, due)
                    WHERE pr.code LIKE 'BULK-%' AND NOT EXISTS (SELECT 1 FROM project_report x WHERE x.project_id = pr.id)""");
            p.commit();

            // funding: an allocation and one line per bulk project (up to 10,000), then disbursements across the lines
            List<String[]> bulk = new ArrayList<>();
            try (Statement st = p.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, code, technology_area, lead_institution_id FROM project WHERE code LIKE 'BULK-%' ORDER BY code LIMIT 10000")) {
                while (rs.next()) {
                    bulk.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            try (PreparedStatement insert = f.prepareStatement("""
                    INSERT INTO allocation (id, envelope_id, project_id, project_code, technology_area, lead_institution_id, total_krw)
                    VALUES (gen_random_uuid(), ?::uuid, ?::uuid, ?, ?, ?::uuid, 2500000) ON CONFLICT (project_id) DO NOTHING""")) {
                for (String[] project : bulk) {
                    insert.setString(1, ENVELOPE);
                    insert.setString(2, project[0]);
                    insert.setString(3, project[1]);
                    insert.setString(4, project[2]);
                    insert.setString(5, project[3]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            run(f, """
                    INSERT INTO ledger_entry (id, entry_type, allocation_id, amount_krw, actor, memo)
                    SELECT gen_random_uuid(), 'OBLIGATE', a.id, a.total_krw, 'system:bench', 'bench bulk award'
                    FROM allocation a WHERE a.project_code LIKE 'BULK-%'
                      AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.allocation_id = a.id)""");
            run(f, """
                    INSERT INTO budget_line (id, allocation_id, fiscal_year, cost_category, amount_krw)
                    SELECT gen_random_uuid(), a.id, 2025 + substr(a.project_code, 6)::int % 5, 'ALL', a.total_krw FROM allocation a
                    WHERE a.project_code LIKE 'BULK-%' ON CONFLICT (allocation_id, fiscal_year, cost_category) DO NOTHING""");
            int fromDisbursement = count(f, "SELECT count(*) FROM disbursement WHERE code LIKE 'BULK-%'");
            run(f, """
                    WITH l AS (SELECT l.id, l.allocation_id, a.project_id, row_number() OVER (ORDER BY a.project_code) - 1 AS k,
                                      count(*) OVER () AS lines
                               FROM budget_line l JOIN allocation a ON a.id = l.allocation_id WHERE a.project_code LIKE 'BULK-%%'
                                 -- money moves for ACTIVE projects only: not those numbered 8 or 9 (completed, suspended)
                                 AND substr(a.project_code, 6)::int %% 10 < 8)
                    INSERT INTO disbursement (id, code, line_id, allocation_id, project_id, amount_krw, purpose, status,
                                              requested_by, approved_by, paid_by, payment_reference, approved_at, paid_at)
                    SELECT gen_random_uuid(), 'BULK-D' || lpad(n::text, 7, '0'), l.id, l.allocation_id, l.project_id, 10000,
                           '벤치마크 지급 ' || n,
                           CASE WHEN n %% 10 < 6 THEN 'REQUESTED' WHEN n %% 10 < 8 THEN 'APPROVED' WHEN n %% 10 = 8 THEN 'PAID'
                                ELSE 'REJECTED' END,
                           'bench-maker',
                           CASE WHEN n %% 10 >= 6 THEN 'bench-checker' END,
                           CASE WHEN n %% 10 = 8 THEN 'bench-payer' END,
                           CASE WHEN n %% 10 = 8 THEN 'BENCH-PAY-' || n END,
                           CASE WHEN n %% 10 >= 6 THEN now() END,
                           CASE WHEN n %% 10 = 8 THEN now() END
                    FROM generate_series(%d, %d) AS n JOIN l ON l.k = n %% l.lines""".formatted(fromDisbursement + 1, disbursements));
            run(f, """
                    INSERT INTO ledger_entry (id, entry_type, allocation_id, line_id, disbursement_id, amount_krw, actor, memo)
                    SELECT gen_random_uuid(), 'PAY', d.allocation_id, d.line_id, d.id, d.amount_krw, 'bench-payer', 'bench payment'
                    FROM disbursement d WHERE d.code LIKE 'BULK-%' AND d.status = 'PAID'
                      AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.disbursement_id = d.id AND e.entry_type = 'PAY')""");
            run(f, """
                    UPDATE budget_line l SET
                        committed_krw = COALESCE((SELECT sum(d.amount_krw) FROM disbursement d
                                                  WHERE d.line_id = l.id AND d.status IN ('REQUESTED', 'APPROVED', 'PAID')), 0),
                        paid_krw = COALESCE((SELECT sum(d.amount_krw) FROM disbursement d WHERE d.line_id = l.id AND d.status = 'PAID'), 0)
                    WHERE l.allocation_id IN (SELECT id FROM allocation WHERE project_code LIKE 'BULK-%')""");
            f.commit();

            // partnership: one bulk institution per agreement; one researcher per dispatch at the three lead institutions
            int fromAgreement = count(s, "SELECT count(*) FROM agreement WHERE code LIKE 'BULK-%'");
            run(s, """
                    INSERT INTO institution (id, code, name_ko, name_en)
                    SELECT gen_random_uuid(), 'BULK-I' || lpad(n::text, 5, '0'), '대량 기관 ' || n, 'Bulk institution ' || n
                    FROM generate_series(%d, %d) AS n""".formatted(fromAgreement + 1, agreements));
            run(s, """
                    INSERT INTO agreement (id, code, institution_id, agency_id, instrument, title, signed_on, effective_from,
                                           expires_on, status)
                    SELECT gen_random_uuid(), 'BULK-A' || substr(i.code, 7), i.id, '%s', 'MOU', 'Bulk MOU ' || i.code,
                           DATE '2025-01-01', DATE '2025-01-01', DATE '2026-12-01' + (substr(i.code, 7)::int %% 700), 'ACTIVE'
                    FROM institution i WHERE i.code LIKE 'BULK-I%%'
                      AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.institution_id = i.id)""".formatted(NIST));
            int fromDispatch = count(s, "SELECT count(*) FROM dispatch WHERE code LIKE 'BULK-%'");
            run(s, """
                    INSERT INTO researcher (id, name, email, institution_id)
                    SELECT gen_random_uuid(), '연구자 ' || n, 'bench.researcher' || n || '@example.kr', (%s)[1 + n %% 3]
                    FROM generate_series(%d, %d) AS n""".formatted(LEADS, fromDispatch + 1, dispatches));
            StringBuilder projectIds = new StringBuilder("ARRAY[");
            StringBuilder projectCodes = new StringBuilder("ARRAY[");
            for (int i = 0; i < Math.min(bulk.size(), 1000); i++) {
                projectIds.append(i == 0 ? "" : ",").append('\'').append(bulk.get(i)[0]).append('\'');
                projectCodes.append(i == 0 ? "" : ",").append('\'').append(bulk.get(i)[1]).append('\'');
            }
            projectIds.append("]::uuid[]");
            projectCodes.append("]::text[]");
            run(s, """
                    INSERT INTO dispatch (id, code, researcher_id, institution_id, project_id, project_code, site_id,
                                          host_laboratory, purpose, visa_category, planned_start, planned_end,
                                          actual_start, actual_end, status)
                    SELECT gen_random_uuid(), 'BULK-P' || lpad(r.n::text, 6, '0'), r.id, r.institution_id,
                           (%s)[1 + r.n %% %d], (%s)[1 + r.n %% %d], (ARRAY['%s','%s']::uuid[])[1 + r.n %% 2],
                           'Physical Measurement Laboratory', '측정표준 공동연구', 'J1_RESEARCH_SCHOLAR',
                           DATE '2026-03-01' + r.n %% 300, DATE '2026-03-01' + r.n %% 300 + 90,
                           CASE WHEN r.n %% 4 >= 2 THEN DATE '2026-03-01' + r.n %% 300 END,
                           CASE WHEN r.n %% 4 = 3 THEN DATE '2026-03-01' + r.n %% 300 + 90 END,
                           (ARRAY['PLANNED','APPROVED','ON_SITE','COMPLETED'])[1 + r.n %% 4]
                    FROM (SELECT id, institution_id, substr(email, 17, strpos(email, '@') - 17)::int AS n
                          FROM researcher WHERE email LIKE 'bench.researcher%%') r
                    WHERE NOT EXISTS (SELECT 1 FROM dispatch d WHERE d.researcher_id = r.id)"""
                    .formatted(projectIds, Math.min(bulk.size(), 1000), projectCodes, Math.min(bulk.size(), 1000),
                            SITES[0], SITES[1]));
            s.commit();
            // the state autovacuum brings a table to after a bulk import (statistics, visibility map for index-only
            // scans), reached now rather than whenever its next round comes, so every run measures the same thing
            for (Connection c : List.of(p, f, s)) {
                c.setAutoCommit(true);
                run(c, "VACUUM ANALYZE");
            }
        }
        System.out.printf("[bulk] grown to %d projects, %d disbursements, %d agreements, %d dispatches (bulk rows) in %.1f s%n",
                projects, disbursements, agreements, dispatches, (System.nanoTime() - started) / 1e9);
    }

    static List<String> lines(int port, int n) throws SQLException {
        List<String> projects = new ArrayList<>();
        try (Connection p = connect(port, "projects"); Statement st = p.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id FROM project WHERE code LIKE 'BULK-%' AND status = 'ACTIVE' ORDER BY code LIMIT " + n * 10)) {
            while (rs.next()) {
                projects.add("'" + rs.getString(1) + "'");
            }
        }
        List<String> lines = new ArrayList<>();
        try (Connection f = connect(port, "funding"); Statement st = f.createStatement(); ResultSet rs = st.executeQuery(
                // the bulk projects' first year (their period starts on 2025-01-01): every later year needs a decided
                // evaluation (continuation), which bulk projects do not have, so a request on it is refused
                "SELECT l.id FROM budget_line l JOIN allocation a ON a.id = l.allocation_id WHERE a.project_id IN ("
                        + String.join(",", projects) + ") AND l.fiscal_year = 2025 ORDER BY a.project_code LIMIT " + n)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
