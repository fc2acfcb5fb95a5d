package kr.go.msit.standards.partnership.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.partnership.offer.OfferService;
import kr.go.msit.standards.partnership.offer.PartnerOffer;
import kr.go.msit.standards.platform.time.ProgramClock;

/**
 * Ranks the open offers for a need by what a person would weigh: its preferred unit (25), the same technology area
 * (30), the kind of cooperation (20), an offer open during the wished period (10) and a similar topic (up to 15,
 * trigram similarity of the Korean and English topics). Candidates come from index-backed filters only (open offers
 * of the area, of the unit, of the kind, of similar text), so the ranking stays fast at many thousand offers.
 */
@ApplicationScoped
public class Suggestions {

    static final int LIMIT = 20;

    /** The candidates, each with what counts for it; no sequential scan of partner_offer (NeedSuggestionPlanTest). */
    static final String CANDIDATES = """
            WITH n AS (SELECT technology_area, kind, preferred_unit_id, wished_from, wished_to,
                              lower(topic_ko || ' ' || topic_en) AS text
                       FROM cooperation_need WHERE id = :need),
            c AS (SELECT o.* FROM partner_offer o, n
                  WHERE o.status = 'OPEN' AND o.technology_area = n.technology_area
                  UNION
                  SELECT o.* FROM partner_offer o, n WHERE o.status = 'OPEN' AND o.unit_id = n.preferred_unit_id
                  UNION
                  SELECT o.* FROM partner_offer o, n
                  WHERE o.status = 'OPEN' AND o.kinds @> ARRAY[n.kind]::varchar(30)[]
                  UNION
                  SELECT o.* FROM partner_offer o, n WHERE o.status = 'OPEN' AND o.search_text % n.text)
            SELECT c.id,
                   c.technology_area = n.technology_area,
                   n.kind = ANY (c.kinds),
                   c.unit_id IS NOT DISTINCT FROM n.preferred_unit_id AND n.preferred_unit_id IS NOT NULL,
                   (n.wished_from IS NULL OR c.open_until >= n.wished_from),
                   similarity(c.search_text, n.text),
                   c.code
            FROM c CROSS JOIN n
            WHERE c.open_until >= CAST(:today AS date)""";

    private final EntityManager em;
    private final OfferService offers;
    private final ProgramClock clock;

    public Suggestions(EntityManager em, OfferService offers, ProgramClock clock) {
        this.em = em;
        this.offers = offers;
        this.clock = clock;
    }

    /** The best-fitting open offers for the need, best first (then by code), at most {@value #LIMIT}. */
    List<Suggestion> forNeed(CooperationNeed need) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CANDIDATES)
                .setParameter("need", need.id)
                .setParameter("today", clock.today().toString())
                .getResultList();
        // scored from the query's columns; only the offers that make the cut are loaded
        record Scored(UUID offerId, String code, int score, List<String> reasons) {}
        List<Scored> scored = new ArrayList<>();
        for (Object[] row : rows) {
            List<String> reasons = new ArrayList<>();
            int score = 0;
            if (Boolean.TRUE.equals(row[3])) {
                score += 25;
                reasons.add("the need's preferred partner unit");
            }
            if (Boolean.TRUE.equals(row[1])) {
                score += 30;
                reasons.add("same technology area (" + need.technologyArea + ")");
            }
            if (Boolean.TRUE.equals(row[2])) {
                score += 20;
                reasons.add("offers " + need.kind);
            }
            if (Boolean.TRUE.equals(row[4]) && need.wishedFrom != null) {
                score += 10;
                reasons.add("open during the wished period");
            }
            double similarity = ((Number) row[5]).doubleValue();
            int text = (int) Math.round(Math.min(1.0, similarity * 2) * 15);
            if (text > 0) {
                score += text;
                reasons.add(String.format(java.util.Locale.ROOT, "similar topic (similarity %.2f)", similarity));
            }
            scored.add(new Scored((UUID) row[0], (String) row[6], score, reasons));
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::code))
                .limit(LIMIT)
                .map(s -> new Suggestion(offers.view(PartnerOffer.findById(s.offerId())), s.score(), s.reasons()))
                .toList();
    }
}
