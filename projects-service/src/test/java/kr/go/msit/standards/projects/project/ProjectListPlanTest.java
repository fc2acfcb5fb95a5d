package kr.go.msit.standards.projects.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Paging through 10,000+ projects stays fast because every list query is answered from an index: loads 12,000
 * projects and checks the plan of the exact SQL the list endpoint runs (no sequential scan of the table), rather
 * than a wall-clock bound.
 */
@QuarkusTest
@ProjectsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectListPlanTest {

    private static final UUID LEAD = UUID.fromString("1b57c000-0000-4000-8000-0000000000ff");
    private static final UUID UNIT = UUID.fromString("a6e0d000-0000-4000-8000-0000000000ff");

    @Inject
    EntityManager em;

    @BeforeAll
    void loadManyProjects() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO project (id, code, program_id, fiscal_year, title_ko, title_en, technology_area,
                                         lead_institution_id, period_start, period_end, awarded_total_krw, status)
                    SELECT gen_random_uuid(), 'BULK-' || lpad(n::text, 6, '0'), :program, 2026 + n % 4,
                           '대량 과제 ' || chr(44032 + n % 11172) || chr(44032 + (n * 7) % 11172) || chr(44032 + (n * 13) % 11172), 'Bulk project ' || n,
                           (ARRAY['SEMICONDUCTORS','ADVANCED_BIO','QUANTUM','NEXT_GENERATION_COMMUNICATIONS',
                                  'SECONDARY_BATTERIES','DISPLAYS','HYDROGEN','ADVANCED_MOBILITY'])[1 + n % 8],
                           CASE WHEN n % 500 = 0 THEN :lead ELSE gen_random_uuid() END,
                           DATE '2026-01-01', DATE '2028-12-31', 1000000,
                           (ARRAY['SELECTED','AGREEMENT_SIGNED','ACTIVE','SUSPENDED','COMPLETED','CLOSED','TERMINATED'])[1 + n % 7]
                    FROM generate_series(1, 12000) AS n
                    ON CONFLICT (code) DO NOTHING""")
                    .setParameter("program", UUID.fromString(Fixtures.PROGRAM_2025))
                    .setParameter("lead", LEAD)
                    .executeUpdate();
            // each bulk project works with one of six laboratories, one in 600 with UNIT
            em.createNativeQuery("""
                    INSERT INTO project_partner_unit (project_id, unit_id)
                    SELECT id, CASE WHEN substr(code, 6)::int % 600 = 0 THEN :unit
                                    ELSE ('a6e0d000-0000-4000-8000-00000000000' || (1 + substr(code, 6)::int % 6))::uuid END
                    FROM project WHERE code LIKE 'BULK-%'
                    ON CONFLICT DO NOTHING""").setParameter("unit", UNIT).executeUpdate();
            em.createNativeQuery("ANALYZE project").executeUpdate();
            em.createNativeQuery("ANALYZE project_partner_unit").executeUpdate();
        });
    }

    private String plan(ProjectFilter filter, PageRequest page) {
        ProjectFilter.Sql sql = filter.toSql();
        return QuarkusTransaction.requiringNew().call(() -> {
            Query explain = em.createNativeQuery("EXPLAIN " + sql.select(page.size(), page.offset()));
            sql.parameters().forEach(explain::setParameter);
            @SuppressWarnings("unchecked")
            List<String> lines = explain.getResultList();
            return String.join("\n", lines);
        });
    }

    private void assertIndexed(ProjectFilter filter, PageRequest page) {
        String plan = plan(filter, page);
        assertFalse(plan.contains("Seq Scan on project"), "sequential scan in plan:\n" + plan);
        assertTrue(plan.contains("Index") || plan.contains("Bitmap"), "no index in plan:\n" + plan);
    }

    @Test
    void theFirstPageOfAllProjectsReadsTheCodeIndex() {
        assertIndexed(new ProjectFilter(null, null, null, null, null, null, null, null), new PageRequest(0, 20));
    }

    @Test
    void aDeepPageStillReadsAnIndex() {
        assertIndexed(new ProjectFilter(null, null, null, null, null, null, null, null), new PageRequest(300, 20));
    }

    @Test
    void aPageAfterACursorIsAnIndexRangeWithoutOffset() {
        ProjectFilter.Sql sql =
                new ProjectFilter(ProjectStatus.ACTIVE, null, null, null, null, null, null, null).toSql();
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            Query explain = em.createNativeQuery("EXPLAIN " + sql.selectAfter(20));
            sql.parameters().forEach(explain::setParameter);
            explain.setParameter("after", "BULK-011000");
            @SuppressWarnings("unchecked")
            List<String> lines = explain.getResultList();
            return String.join("\n", lines);
        });
        assertFalse(plan.contains("Seq Scan on project"), "sequential scan in plan:\n" + plan);
        assertTrue(
                plan.matches("(?s).*Index Cond: [^\n]*code\\)::text > .*"),
                "the cursor is not an index bound:\n" + plan);
        assertFalse(sql.selectAfter(20).contains("OFFSET"));
    }

    @Test
    void filtersUseTheirIndexes() {
        assertIndexed(
                new ProjectFilter(ProjectStatus.ACTIVE, null, null, null, null, null, null, null),
                new PageRequest(0, 20));
        assertIndexed(
                new ProjectFilter(null, TechnologyArea.QUANTUM, null, null, null, null, null, null),
                new PageRequest(0, 20));
        assertIndexed(new ProjectFilter(null, null, LEAD, null, null, null, null, null), new PageRequest(0, 20));
        assertIndexed(new ProjectFilter(null, null, null, 2027, null, null, null, null), new PageRequest(0, 20));
        // "which projects involve my lab"
        ProjectFilter unit = new ProjectFilter(null, null, null, null, null, null, null, UNIT);
        assertIndexed(unit, new PageRequest(0, 20));
        String plan = plan(unit, new PageRequest(0, 20));
        assertFalse(plan.contains("Seq Scan on project_partner_unit"), "sequential scan in plan:\n" + plan);
    }

    /**
     * Free text matching a row or two is answered from the trigram index. The word is one whose rows are not among the
     * column's histogram bounds: the planner estimates a pattern by the share of bounds it matches, so a matching bound
     * (which bulk row lands on one depends on how many projects other test classes made first) reads as 1% of the
     * table, and the code index with a filter is then rightly cheaper for a page of 20.
     */
    @Test
    void freeTextUsesTheTrigramIndex() {
        String latin = rare(n -> "t " + n);
        String plan = plan(new ProjectFilter(null, null, null, null, null, null, latin, null), new PageRequest(0, 20));
        assertTrue(plan.contains("project_search_trgm"), "trigram index not used:\n" + plan);
        String word = rare(n -> new String(new char[] {
            (char) (44032 + n % 11172), (char) (44032 + (n * 7) % 11172), (char) (44032 + (n * 13) % 11172)
        }));
        String korean = plan(new ProjectFilter(null, null, null, null, null, null, word, null), new PageRequest(0, 20));
        assertTrue(korean.contains("project_search_trgm"), "trigram index not used for Korean:\n" + korean);
    }

    /** The word of the first bulk project from 7777 on whose word matches none of the histogram's bounds. */
    private String rare(java.util.function.IntFunction<String> wordOf) {
        return QuarkusTransaction.requiringNew().call(() -> {
            for (int n = 7777; n < 12000; n++) {
                String word = wordOf.apply(n);
                Number bounds = (Number)
                        em.createNativeQuery("""
                                SELECT count(*) FROM pg_stats s, unnest(CAST(CAST(s.histogram_bounds AS text) AS text[])) b
                                WHERE s.tablename = 'project' AND s.attname = 'search_text'
                                  AND b LIKE '%' || CAST(:word AS text) || '%'""").setParameter("word", word).getSingleResult();
                if (bounds.intValue() == 0) {
                    return word;
                }
            }
            throw new AssertionError("every candidate word is a histogram bound");
        });
    }
}
