package kr.go.msit.standards.funding.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ContinuationSummary;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.persistence.NaturalKeys;

/**
 * The cap an evaluation puts on a fiscal year (CONTINUE_REDUCED), held at every step that moves money, not only when
 * it is requested: a request made before the decision was approved and paid at ten times the cap. projects-service is
 * asked before any lock ({@link #ask}); the year's money is checked under the locks, after the step ({@link #require}).
 */
@ApplicationScoped
class YearCaps {

    private final EntityManager em;
    private final FundedProjects projects;

    YearCaps(EntityManager em, FundedProjects projects) {
        this.em = em;
        this.projects = projects;
    }

    /** What the allocation's lines of the year bear: requested, approved and paid. */
    long committedIn(UUID allocationId, int year) {
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(committed_krw), 0) FROM budget_line"
                                + " WHERE allocation_id = :allocation AND fiscal_year = :year")
                        .setParameter("allocation", allocationId)
                        .setParameter("year", year)
                        .getSingleResult())
                .longValue();
    }

    /**
     * Before any row lock: the continuation of the disbursement's year, refused when the year is not allowed (any
     * more). Where a cap binds (not a first year), the approvals and payments of that year of the allocation are then
     * made one at a time (a lock on the key, for the transaction): two of them on two lines at once each counted only
     * its own and passed the cap together. Requests need not wait for them: a request commits money, which an approval
     * or a payment only moves on, and requests are held to the cap under the allocation's lock.
     */
    ContinuationSummary ask(Disbursement unlocked) {
        int year = yearOf(unlocked.lineId);
        ContinuationSummary continuation = projects.requireContinuation(unlocked.projectId, year, 0);
        if (!ContinuationSummary.FIRST_YEAR.equals(continuation.basis())) {
            NaturalKeys.claim("disbursement-year", unlocked.allocationId + ":" + year);
        }
        return continuation;
    }

    /**
     * Under the locks, after the step: what the year has approved or paid (on approval), or paid (on payment), stays
     * within the cap. A year's requests beyond a cap decided after them are left to be rejected or cancelled.
     */
    void require(ContinuationSummary continuation, Disbursement disbursement, DisbursementAction action) {
        List<String> counted = action == DisbursementAction.PAY
                ? List.of(DisbursementStatus.PAID.name())
                : List.of(DisbursementStatus.APPROVED.name(), DisbursementStatus.PAID.name());
        long total = ((Number) em.createNativeQuery("SELECT coalesce(sum(d.amount_krw), 0) FROM disbursement d"
                                + " JOIN budget_line l ON l.id = d.line_id WHERE d.allocation_id = :allocation"
                                + " AND l.fiscal_year = :year AND d.status IN (:counted)")
                        .setParameter("allocation", disbursement.allocationId)
                        .setParameter("year", yearOf(disbursement.lineId))
                        .setParameter("counted", counted)
                        .getSingleResult())
                .longValue();
        FundedProjects.requireWithinCap(continuation, total);
    }

    /** Read as a value, without loading the line (it is loaded under its lock). */
    int yearOf(UUID lineId) {
        return ((Number) em.createNativeQuery("SELECT fiscal_year FROM budget_line WHERE id = :line")
                        .setParameter("line", lineId)
                        .getSingleResult())
                .intValue();
    }
}
