package kr.go.msit.standards.partnership.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.time.ProgramClock;

/** Cooperation matching counted for the dashboard. */
@ApplicationScoped
public class CooperationSummaryService {

    private final EntityManager em;
    private final Caller caller;
    private final ProgramClock clock;

    public CooperationSummaryService(EntityManager em, Caller caller, ProgramClock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    /** Open needs and offers by area and the matches realised in {@code year}; an institution counts its own needs. */
    @Transactional
    public CooperationSummary summary(Integer year) {
        int counted = year == null ? clock.today().getYear() : year;
        UUID own = caller.scope().orElse(null);
        String mine = own == null ? "" : " AND institution_id = :institution";
        var needs = em.createNativeQuery("SELECT technology_area, count(*) FROM cooperation_need"
                + " WHERE status IN ('OPEN', 'MATCHED')" + mine + " GROUP BY technology_area ORDER BY technology_area");
        var realised = em.createNativeQuery("SELECT count(*) FROM cooperation_match m JOIN cooperation_need n"
                        + " ON n.id = m.need_id WHERE m.status = 'REALISED' AND extract(year FROM m.realised_at AT TIME ZONE"
                        + " 'Asia/Seoul') = :year" + (own == null ? "" : " AND n.institution_id = :institution"))
                .setParameter("year", counted);
        if (own != null) {
            needs.setParameter("institution", own);
            realised.setParameter("institution", own);
        }
        var offers = em.createNativeQuery("SELECT technology_area, count(*) FROM partner_offer WHERE status = 'OPEN'"
                        + " AND open_until >= CAST(:today AS date) GROUP BY technology_area ORDER BY technology_area")
                .setParameter("today", clock.today().toString());
        return new CooperationSummary(
                counted,
                counts(needs.getResultList()),
                counts(offers.getResultList()),
                ((Number) realised.getSingleResult()).longValue());
    }

    private static java.util.List<CooperationSummary.AreaCount> counts(java.util.List<?> rows) {
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new CooperationSummary.AreaCount(
                        TechnologyArea.valueOf((String) r[0]), ((Number) r[1]).longValue()))
                .toList();
    }
}
