package kr.go.msit.standards.partnership.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.time.ProgramClock;

/**
 * Person-days at partner sites for the outcome indicators: once a researcher is on site, the days from arrival to
 * departure (to today while still there); before, the planned days; cancelled dispatches count for nothing. A
 * dispatch spanning a new year counts in each year its days fall in.
 */
@ApplicationScoped
public class PersonDaysService {

    private static final String DAYS = """
            SELECT d.project_id, d.project_code, y,
                   sum(CASE WHEN d.actual_start IS NOT NULL THEN days ELSE 0 END),
                   sum(CASE WHEN d.actual_start IS NULL THEN days ELSE 0 END)
            FROM dispatch d
            CROSS JOIN LATERAL (SELECT coalesce(d.actual_start, d.planned_start) AS s,
                                       CASE WHEN d.actual_start IS NULL THEN d.planned_end
                                            ELSE coalesce(d.actual_end, CAST(:today AS date)) END AS e) r
            CROSS JOIN LATERAL generate_series(extract(year FROM r.s)::int, extract(year FROM r.e)::int) AS years (y)
            CROSS JOIN LATERAL (SELECT least(r.e, make_date(y, 12, 31)) - greatest(r.s, make_date(y, 1, 1)) + 1
                                       AS days) x
            WHERE d.status <> 'CANCELLED' AND (:year = 0 OR y = :year) AND %s
            GROUP BY d.project_id, d.project_code, y
            ORDER BY d.project_code, y""";

    private final EntityManager em;
    private final Caller caller;
    private final ProgramClock clock;

    public PersonDaysService(EntityManager em, Caller caller, ProgramClock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    /** The days of the given projects (all when empty) the caller may see: an institution its own researchers'. */
    @Transactional
    public PersonDays days(List<UUID> projectIds, Integer fiscalYear) {
        UUID own = caller.scope().orElse(null);
        String where = (projectIds.isEmpty() ? "TRUE" : "d.project_id IN (:projects)")
                + (own == null ? "" : " AND d.institution_id = :institution");
        var query = em.createNativeQuery(DAYS.formatted(where))
                .setParameter("today", clock.today().toString())
                .setParameter("year", fiscalYear == null ? 0 : fiscalYear);
        if (!projectIds.isEmpty()) {
            query.setParameter("projects", projectIds);
        }
        if (own != null) {
            query.setParameter("institution", own);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<PersonDays.Row> result = new ArrayList<>();
        long actual = 0;
        long planned = 0;
        for (Object[] r : rows) {
            PersonDays.Row row = new PersonDays.Row(
                    (UUID) r[0],
                    (String) r[1],
                    ((Number) r[2]).intValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue());
            result.add(row);
            actual += row.actualDays();
            planned += row.plannedDays();
        }
        return new PersonDays(fiscalYear, actual, planned, result);
    }
}
