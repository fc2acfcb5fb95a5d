package kr.go.msit.standards.funding.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProjectSummary;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.funding.allocation.Allocation;
import kr.go.msit.standards.funding.allocation.CostCategory;
import kr.go.msit.standards.funding.budget.BudgetEnvelope;
import kr.go.msit.standards.funding.disbursement.Disbursement;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;

/** Funding reports, computed from the budget lines and disbursements at the time of asking. */
@ApplicationScoped
public class FundingReportService {

    private final EntityManager em;
    private final Caller caller;
    private final FundedProjects projects;

    public FundingReportService(EntityManager em, Caller caller, FundedProjects projects) {
        this.em = em;
        this.caller = caller;
        this.projects = projects;
    }

    @Transactional
    public ProjectFundingReport project(UUID projectId) {
        Allocation allocation = Allocation.find("projectId", projectId).firstResult();
        if (allocation == null) {
            throw ProblemException.notFound("project-allocation", projectId);
        }
        caller.requireVisible(allocation.leadInstitutionId, "project-allocation", projectId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT l.fiscal_year, l.cost_category, l.amount_krw,
                       COALESCE(SUM(d.amount_krw) FILTER (WHERE d.status = 'REQUESTED'), 0),
                       COALESCE(SUM(d.amount_krw) FILTER (WHERE d.status = 'APPROVED'), 0),
                       l.paid_krw, l.recovered_krw, l.amount_krw - l.committed_krw
                FROM budget_line l LEFT JOIN disbursement d ON d.line_id = l.id
                WHERE l.allocation_id = :allocation
                GROUP BY l.id, l.fiscal_year, l.cost_category, l.amount_krw, l.paid_krw, l.recovered_krw,
                         l.committed_krw
                ORDER BY l.fiscal_year, l.cost_category""")
                .setParameter("allocation", allocation.id)
                .getResultList();
        List<ProjectFundingReport.Line> lines = new ArrayList<>();
        long planned = 0;
        long requested = 0;
        long approved = 0;
        long paid = 0;
        long recovered = 0;
        long remaining = 0;
        for (Object[] r : rows) {
            ProjectFundingReport.Line line = new ProjectFundingReport.Line(
                    ((Number) r[0]).intValue(),
                    CostCategory.valueOf((String) r[1]),
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    n(r[6]),
                    n(r[7]));
            lines.add(line);
            planned += line.amountKrw();
            requested += line.requestedKrw();
            approved += line.approvedKrw();
            paid += line.paidKrw();
            recovered += line.recoveredKrw();
            remaining += line.remainingKrw();
        }
        ProjectSummary project = projects.get(allocation.projectId, "the project's state");
        // every payment recorded while the project was not ACTIVE, by its state history, whatever its state now: the
        // time of its current state alone lost them once it moved on (terminated after a suspension, or resumed)
        List<ProjectFundingReport.PaymentAfterStop> late = new ArrayList<>();
        for (Disbursement d : Disbursement.<Disbursement>list(
                "allocationId = ?1 and paidAt is not null order by paidAt", allocation.id)) {
            String then = project.statusAt(d.paidAt());
            if (then != null && !ProjectSummary.ACTIVE.equals(then)) {
                late.add(new ProjectFundingReport.PaymentAfterStop(
                        d.id, d.code, d.amountKrw, d.paidAt(), d.paymentReference()));
            }
        }
        return new ProjectFundingReport(
                allocation.projectId,
                allocation.projectCode,
                allocation.id,
                allocation.totalKrw,
                planned,
                requested,
                approved,
                paid,
                recovered,
                remaining,
                lines,
                project.status(),
                project.statusChangedAt(),
                late);
    }

    @Transactional
    public ProgramFundingReport program(UUID programId) {
        BudgetEnvelope envelope = BudgetEnvelope.find("programId", programId).firstResult();
        if (envelope == null) {
            throw ProblemException.notFound("program-budget", programId);
        }
        List<ProgramFundingReport.Year> years = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> byYear =
                em.createNativeQuery("""
                SELECT l.fiscal_year, SUM(l.amount_krw), SUM(l.paid_krw), SUM(l.recovered_krw)
                FROM budget_line l JOIN allocation a ON a.id = l.allocation_id
                WHERE a.envelope_id = :envelope GROUP BY l.fiscal_year""").setParameter("envelope", envelope.id).getResultList();
        for (int year : envelope.listedYears()) {
            long planned = 0;
            long paid = 0;
            long recovered = 0;
            for (Object[] r : byYear) {
                if (((Number) r[0]).intValue() == year) {
                    planned = n(r[1]);
                    paid = n(r[2]);
                    recovered = n(r[3]);
                }
            }
            years.add(new ProgramFundingReport.Year(
                    year, envelope.appropriations.getOrDefault(year, 0L), planned, paid, recovered));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> byArea =
                em.createNativeQuery("""
                SELECT a.technology_area, COUNT(*), SUM(a.total_krw),
                       COALESCE(SUM((SELECT SUM(l.paid_krw) FROM budget_line l WHERE l.allocation_id = a.id)), 0),
                       COALESCE(SUM((SELECT SUM(l.recovered_krw) FROM budget_line l WHERE l.allocation_id = a.id)), 0)
                FROM allocation a WHERE a.envelope_id = :envelope
                GROUP BY a.technology_area ORDER BY a.technology_area""").setParameter("envelope", envelope.id).getResultList();
        List<ProgramFundingReport.Area> areas = byArea.stream()
                .map(r -> new ProgramFundingReport.Area(
                        TechnologyArea.valueOf((String) r[0]), ((Number) r[1]).intValue(), n(r[2]), n(r[3]), n(r[4])))
                .toList();
        long allocated = areas.stream()
                .mapToLong(ProgramFundingReport.Area::allocatedKrw)
                .sum();
        long paid = areas.stream().mapToLong(ProgramFundingReport.Area::paidKrw).sum();
        long recovered = areas.stream()
                .mapToLong(ProgramFundingReport.Area::recoveredKrw)
                .sum();
        return new ProgramFundingReport(
                envelope.programId,
                envelope.programCode,
                envelope.envelopeKrw,
                envelope.appropriatedKrw(),
                allocated,
                paid,
                recovered,
                years,
                areas);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
