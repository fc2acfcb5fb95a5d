package kr.go.msit.standards.funding.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProjectSummary;
import kr.go.msit.standards.funding.budget.BudgetEnvelope;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.web.ETags;

/**
 * An allocation's budget lines (비목) per fiscal year: each within the project's period and the program's years, all
 * together within the award, each year's across the program within its appropriation, and a year raised only as
 * far as projects-service's continuation allows.
 */
@ApplicationScoped
public class BudgetLines {

    private final EntityManager em;
    private final AuditTrail audit;
    private final FundedProjects projects;
    private final AllocationService allocations;

    public BudgetLines(EntityManager em, AuditTrail audit, FundedProjects projects, AllocationService allocations) {
        this.em = em;
        this.audit = audit;
        this.projects = projects;
        this.allocations = allocations;
    }

    /**
     * Sets budget lines: their sum stays within the award, each fiscal year within the envelope's years and, across
     * all allocations of the envelope, within that year's appropriation; no line drops below what was taken of it.
     */
    /**
     * Each fiscal year the request raises (its lines' total above today's) is asked of projects-service's
     * continuation, before any lock is taken here: a later year only after a decided continue, within its cap.
     */
    private void requireContinuation(Allocation allocation, LinesRequest request) {
        java.util.Map<Integer, java.util.Map<CostCategory, Long>> after = new java.util.TreeMap<>();
        java.util.Map<Integer, Long> before = new java.util.HashMap<>();
        for (BudgetLine line : BudgetLine.<BudgetLine>list("allocationId", allocation.id)) {
            after.computeIfAbsent(line.fiscalYear, y -> new java.util.EnumMap<>(CostCategory.class))
                    .put(line.costCategory, line.amountKrw);
            before.merge(line.fiscalYear, line.amountKrw, Long::sum);
        }
        for (LinesRequest.Line requested : request.lines()) {
            CostCategory category = requested.costCategory() == null ? CostCategory.ALL : requested.costCategory();
            after.computeIfAbsent(requested.fiscalYear(), y -> new java.util.EnumMap<>(CostCategory.class))
                    .put(category, requested.amountKrw());
        }
        after.forEach((year, lines) -> {
            long total = lines.values().stream().mapToLong(Long::longValue).sum();
            if (total > before.getOrDefault(year, 0L)) {
                projects.requireContinuation(allocation.projectId, year, total);
            }
        });
    }

    /** The first fiscal year of a line the request sets above what it holds today (a new line above zero counts). */
    private static java.util.OptionalInt firstYearRaised(Allocation allocation, LinesRequest request) {
        java.util.Map<String, Long> today = new java.util.HashMap<>();
        for (BudgetLine line : BudgetLine.<BudgetLine>list("allocationId", allocation.id)) {
            today.put(line.fiscalYear + "/" + line.costCategory, line.amountKrw);
        }
        return request.lines().stream()
                .filter(requested -> {
                    CostCategory category =
                            requested.costCategory() == null ? CostCategory.ALL : requested.costCategory();
                    return requested.amountKrw() > today.getOrDefault(requested.fiscalYear() + "/" + category, 0L);
                })
                .mapToInt(LinesRequest.Line::fiscalYear)
                .min();
    }

    /** One line per fiscal year and cost category (absent: ALL); two would leave which one counts to their order. */
    private static void requireEachLineOnce(LinesRequest request) {
        Set<String> seen = new HashSet<>();
        for (LinesRequest.Line line : request.lines()) {
            CostCategory category = line.costCategory() == null ? CostCategory.ALL : line.costCategory();
            if (!seen.add(line.fiscalYear() + "/" + category)) {
                throw ProblemException.invalid(
                        "Fiscal year " + line.fiscalYear() + ", " + category + " is given twice",
                        List.of(new Problem.FieldError(
                                "lines", "must hold one line per fiscal year and cost category (absent is ALL)")));
            }
        }
    }

    @Transactional
    public AllocationView setLines(UUID id, String ifMatch, LinesRequest request) {
        requireEachLineOnce(request);
        Allocation unlocked = allocations.findVisible(id);
        ETags.requireMatch(ifMatch, unlocked.version);
        // the project's period, asked before any lock is taken here: lines only for fiscal years inside it
        ProjectSummary project = projects.get(unlocked.projectId, "the project's period of performance");
        for (LinesRequest.Line requested : request.lines()) {
            if (!project.coversYear(requested.fiscalYear())) {
                throw ProblemException.businessRule(
                                "year-outside-project-period",
                                "Fiscal year "
                                        + requested.fiscalYear() + " is outside project " + project.code()
                                        + "'s period of performance "
                                        + project.periodStart() + " – " + project.periodEnd())
                        .with("fiscalYear", requested.fiscalYear());
            }
        }
        java.util.OptionalInt raised = firstYearRaised(unlocked, request);
        if (raised.isPresent()) {
            projects.requireNotEnded(project, raised.getAsInt(), "budget lines are raised");
        }
        requireContinuation(unlocked, request);
        BudgetEnvelope envelope = BudgetEnvelope.locked(unlocked.envelopeId);
        // read afresh under their locks, the allocation and each line: copies loaded above would have their versions
        // checked instead, a bare 409 when a disbursement or a settlement step committed meanwhile
        Allocation allocation = Lookups.locked(Allocation.class, id, "allocation");
        // again under the lock, so a change committed since the first look is a 412 too, not a lost update
        ETags.requireMatch(ifMatch, allocation.version);
        allocation.newVersion();
        allocation.requireOpen();
        AllocationView before = allocations.view(allocation);
        for (LinesRequest.Line requested : request.lines()) {
            CostCategory category = requested.costCategory() == null ? CostCategory.ALL : requested.costCategory();
            if (!envelope.covers(requested.fiscalYear())) {
                throw ProblemException.businessRule(
                        "year-outside-envelope",
                        "Fiscal year " + requested.fiscalYear() + " is outside the program's years "
                                + envelope.firstYear + "–" + envelope.lastYear);
            }
            BudgetLine line = BudgetLine.<BudgetLine>find(
                            "allocationId = ?1 and fiscalYear = ?2 and costCategory = ?3",
                            id,
                            requested.fiscalYear(),
                            category)
                    .firstResult();
            if (line != null) {
                line = Lookups.locked(BudgetLine.class, line.id, "budget line");
            }
            if (line == null) {
                line = new BudgetLine();
                line.id = UUID.randomUUID();
                line.allocationId = id;
                line.fiscalYear = requested.fiscalYear();
                line.costCategory = category;
                line.amountKrw = requested.amountKrw();
                line.persist();
            } else {
                line.setAmount(requested.amountKrw());
            }
        }
        em.flush();
        long lines = em.createQuery(
                        "select coalesce(sum(l.amountKrw), 0) from BudgetLine l where l.allocationId = :a", Long.class)
                .setParameter("a", id)
                .getSingleResult();
        if (lines > allocation.totalKrw) {
            throw ProblemException.businessRule(
                    "lines-above-award",
                    "The budget lines would total " + lines + " KRW, above the award of " + allocation.totalKrw
                            + " KRW");
        }
        for (Integer year : request.lines().stream()
                .map(LinesRequest.Line::fiscalYear)
                .distinct()
                .toList()) {
            long appropriation = envelope.appropriations.getOrDefault(year, 0L);
            long planned = allocations.plannedInYear(envelope.id, year);
            if (planned > appropriation) {
                throw ProblemException.businessRule(
                                "appropriation-exceeded",
                                "Budget lines of fiscal year " + year
                                        + " would total " + planned
                                        + " KRW across the program, above its appropriation of "
                                        + appropriation + " KRW")
                        .with("fiscalYear", year);
            }
        }
        AllocationView after = allocations.view(allocation);
        audit.record(AllocationService.RESOURCE, allocation.id, envelope.id, "set-lines", before, after);
        return after;
    }
}
