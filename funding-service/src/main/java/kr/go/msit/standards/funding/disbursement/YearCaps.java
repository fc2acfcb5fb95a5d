package kr.go.msit.standards.funding.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ContinuationSummary;
import kr.go.msit.standards.funding.project.FundedProjects;

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

    /** Before any lock: the continuation of the disbursement's year; refused when the year is not allowed (any more). */
    ContinuationSummary ask(Disbursement unlocked) {
        return projects.requireContinuation(unlocked.projectId, yearOf(unlocked.lineId), 0);
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
