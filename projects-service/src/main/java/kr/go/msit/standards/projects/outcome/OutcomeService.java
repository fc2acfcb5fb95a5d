package kr.go.msit.standards.projects.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.projects.program.Program;
import kr.go.msit.standards.projects.project.Project;
import kr.go.msit.standards.projects.project.ProjectService;
import kr.go.msit.standards.projects.project.TechnologyArea;

/** Counts the outcome indicators from the records, for a project or for a program's projects the caller may see. */
@ApplicationScoped
public class OutcomeService {

    /**
     * Per contribution: when it was submitted (its first stage), when its work item was adopted (the first stage at
     * or after its body's WORK_ITEM_ADOPTED stage, or its PUBLISHED one, that is not an off-ramp) and when it was
     * published; then each of those dates counted in its year, with the years positions were held and the
     * publications' years.
     */
    private static final String COUNTS = """
            WITH reached AS (
                SELECT c.id, p.technology_area, b.code AS body_code,
                       EXISTS (SELECT 1 FROM contribution_nist_coauthor n WHERE n.contribution_id = c.id) AS nist,
                       min(e.stage_date) FILTER (WHERE e.seq = 0) AS submitted,
                       min(e.stage_date) FILTER (WHERE s.milestone = 'PUBLISHED'
                           OR (s.position >= a.position AND NOT (s.terminal AND s.milestone IS NULL))) AS adopted,
                       min(e.stage_date) FILTER (WHERE s.milestone = 'PUBLISHED') AS published
                FROM contribution c
                JOIN project p ON p.id = c.project_id
                JOIN standards_body b ON b.id = c.body_id
                JOIN contribution_stage_event e ON e.contribution_id = c.id
                JOIN standards_stage s ON s.body_id = c.body_id AND s.code = e.stage_code
                LEFT JOIN standards_stage a ON a.body_id = c.body_id AND a.milestone = 'WORK_ITEM_ADOPTED'
                WHERE %1$s
                GROUP BY c.id, p.technology_area, b.code
            ), dated AS (
                SELECT extract(year FROM submitted)::int AS y, technology_area, body_code, 1 AS s, nist::int AS n,
                       0 AS a, 0 AS p, 0 AS h, 0 AS j FROM reached
                UNION ALL
                SELECT extract(year FROM adopted)::int, technology_area, body_code, 0, 0, 1, 0, 0, 0
                FROM reached WHERE adopted IS NOT NULL
                UNION ALL
                SELECT extract(year FROM published)::int, technology_area, body_code, 0, 0, 0, 1, 0, 0
                FROM reached WHERE published IS NOT NULL
                UNION ALL
                -- a position counts in every year it was held, up to today (not in years still to come)
                SELECT held.y, p.technology_area, b.code, 0, 0, 0, 0, 1, 0
                FROM leadership_position l
                JOIN project p ON p.id = l.project_id
                JOIN standards_body b ON b.id = l.body_id
                CROSS JOIN LATERAL generate_series(extract(year FROM l.start_date)::int,
                        extract(year FROM least(coalesce(l.end_date, CAST(:today AS date)), CAST(:today AS date)))::int)
                        AS held (y)
                WHERE %1$s AND l.start_date <= CAST(:today AS date)
                UNION ALL
                SELECT extract(year FROM pub.published_on)::int, p.technology_area, NULL, 0, 0, 0, 0, 0, 1
                FROM publication pub
                JOIN project p ON p.id = pub.project_id
                WHERE %1$s
            )
            SELECT y, technology_area, body_code, sum(s), sum(n), sum(a), sum(p), sum(h), sum(j)
            FROM dated
            WHERE :year = 0 OR y = :year
            GROUP BY y, technology_area, body_code
            ORDER BY y, technology_area, body_code NULLS LAST""";

    private final EntityManager em;
    private final Caller caller;
    private final ProjectService projects;
    private final ProgramClock clock;

    public OutcomeService(EntityManager em, Caller caller, ProjectService projects, ProgramClock clock) {
        this.clock = clock;
        this.em = em;
        this.caller = caller;
        this.projects = projects;
    }

    /** A project's indicators (404 for a project the caller may not see). */
    @Transactional
    public OutcomeReport project(UUID projectId, Integer fiscalYear) {
        Project project = projects.visible(projectId);
        return report("PROJECT", project.id, project.code, fiscalYear, "p.id = :scope", project.id, null);
    }

    /** A program's indicators, over the projects the caller may see (an institution's own). */
    @Transactional
    public OutcomeReport program(UUID programId, Integer fiscalYear) {
        Program program = Program.found(programId);
        UUID lead = caller.scope().orElse(null);
        String where = "p.program_id = :scope" + (lead == null ? "" : " AND p.lead_institution_id = :lead");
        return report("PROGRAM", program.id, program.code, fiscalYear, where, program.id, lead);
    }

    private OutcomeReport report(
            String scope, UUID id, String code, Integer fiscalYear, String where, UUID scopeId, UUID lead) {
        var query = em.createNativeQuery(COUNTS.formatted(where))
                .setParameter("scope", scopeId)
                .setParameter("year", fiscalYear == null ? 0 : fiscalYear)
                .setParameter("today", clock.today().toString());
        if (lead != null) {
            query.setParameter("lead", lead);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<OutcomeReport.Row> result = new ArrayList<>();
        OutcomeReport.Counts total = OutcomeReport.Counts.NONE;
        for (Object[] r : rows) {
            OutcomeReport.Counts counts =
                    new OutcomeReport.Counts(n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]));
            result.add(new OutcomeReport.Row(
                    ((Number) r[0]).intValue(), TechnologyArea.valueOf((String) r[1]), (String) r[2], counts));
            total = total.plus(counts);
        }
        return new OutcomeReport(scope, id, code, fiscalYear, total, result);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
