package kr.go.msit.standards.partnership.need;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.partnership.Fixtures;
import kr.go.msit.standards.partnership.PartnershipTest;
import org.junit.jupiter.api.Test;

/**
 * The suggestions of a need at 10,000 open offers: every candidate comes from an index (area, unit, kind, trigram),
 * never from reading every offer. Checked on the plan of the exact SQL the endpoint runs, not on a clock.
 */
@QuarkusTest
@PartnershipTest
class NeedSuggestionPlanTest {

    @Inject
    EntityManager em;

    @Test
    void theCandidatesOfANeedAreReadFromIndexes() {
        UUID need = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO partner_offer (id, code, unit_id, contact_name, topic_ko, topic_en, technology_area,
                                               kinds, open_until, status)
                    SELECT gen_random_uuid(), 'BULK-OFR-' || lpad(n::text, 6, '0'),
                           ('a6e0d000-0000-4000-8000-00000000000' || (1 + n % 6))::uuid, 'Contact ' || n,
                           '주제 ' || chr(44032 + n % 11172) || chr(44032 + (n * 7) % 11172),
                           'Topic ' || md5(n::text),
                           (ARRAY['SEMICONDUCTORS','ADVANCED_BIO','QUANTUM','NEXT_GENERATION_COMMUNICATIONS',
                                  'SECONDARY_BATTERIES','DISPLAYS','HYDROGEN','ADVANCED_MOBILITY',
                                  'NEXT_GENERATION_NUCLEAR','AEROSPACE_AND_OCEAN','CYBERSECURITY','ARTIFICIAL_INTELLIGENCE'])[1 + n % 12],
                           ARRAY[(ARRAY['JOINT_RESEARCH','RESEARCHER_DISPATCH','WORKSHOP','STANDARD_CO_DEVELOPMENT',
                                        'MEASUREMENT_COMPARISON'])[1 + n % 5]]::varchar(30)[],
                           DATE '2030-12-31', CASE WHEN n % 10 = 0 THEN 'CLOSED' ELSE 'OPEN' END
                    FROM generate_series(1, 10000) AS n
                    ON CONFLICT (code) DO NOTHING""").executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO cooperation_need (id, code, institution_id, technology_area, topic_ko, topic_en, kind,
                                                  preferred_agency_id, preferred_unit_id, status)
                    VALUES (:id, :code, :institution, 'QUANTUM', '광격자 시계 비교', 'Optical lattice clock comparison',
                            'JOINT_RESEARCH', :agency, 'a6e0d000-0000-4000-8000-000000000005', 'OPEN')""")
                    .setParameter("id", need)
                    .setParameter("code", "NEED-PLAN-" + need.toString().substring(0, 8))
                    .setParameter("institution", UUID.fromString(Fixtures.KRISS))
                    .setParameter("agency", UUID.fromString(Fixtures.NIST))
                    .executeUpdate();
            em.createNativeQuery("ANALYZE partner_offer").executeUpdate();
        });
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery("EXPLAIN " + Suggestions.CANDIDATES)
                    .setParameter("need", need)
                    .setParameter("today", "2026-01-01")
                    .getResultList();
            return String.join("\n", lines);
        });
        assertFalse(plan.contains("Seq Scan on partner_offer"), "sequential scan of the offers:\n" + plan);
        assertTrue(plan.contains("partner_offer_search_trgm"), "the trigram index is not used:\n" + plan);
    }
}
