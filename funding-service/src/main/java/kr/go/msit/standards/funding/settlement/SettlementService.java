package kr.go.msit.standards.funding.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProjectSummary;
import kr.go.msit.standards.funding.allocation.Allocation;
import kr.go.msit.standards.funding.allocation.AllocationService;
import kr.go.msit.standards.funding.allocation.AllocationView;
import kr.go.msit.standards.funding.allocation.BudgetLine;
import kr.go.msit.standards.funding.budget.BudgetEnvelope;
import kr.go.msit.standards.funding.disbursement.Disbursement;
import kr.go.msit.standards.funding.disbursement.DisbursementStatus;
import kr.go.msit.standards.funding.ledger.EntryType;
import kr.go.msit.standards.funding.ledger.Ledger;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;

/**
 * Settlement (정산) of an allocation: recovery (환수) of disallowed paid amounts, carry-over (이월) of unspent budget to
 * the next fiscal year (approved by a second finance officer), and, once the project has ended, the return (반납) of
 * every unused balance, which reduces the award to what was spent. Each money movement is a ledger entry.
 */
@ApplicationScoped
public class SettlementService {

    static final String RESOURCE = "allocation";
    /** Project states in which an allocation is settled. */
    private static final Set<String> ENDED = Set.of("COMPLETED", "TERMINATED", "CLOSED");

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final Ledger ledger;
    private final AllocationService allocations;
    private final FundedProjects projects;
    private final ProgramClock clock;

    public SettlementService(
            EntityManager em,
            Caller caller,
            AuditTrail audit,
            Ledger ledger,
            AllocationService allocations,
            FundedProjects projects,
            ProgramClock clock) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.ledger = ledger;
        this.allocations = allocations;
        this.projects = projects;
        this.clock = clock;
    }

    @Transactional
    public AllocationView recover(UUID allocationId, String ifMatch, SettlementRequests.Recovery request) {
        Allocation allocation = lock(allocationId, ifMatch);
        // a recovery may come after settlement too: audits of spent money go on
        BudgetLine line = lineOf(allocation, request.lineId(), false);
        AllocationView before = allocations.view(allocation);
        line.recover(request.amountKrw());
        ledger.append(
                EntryType.RECOVER,
                allocation.id,
                line.id,
                null,
                request.amountKrw(),
                request.reason().strip());
        em.flush();
        AllocationView after = allocations.view(allocation);
        audit.record(RESOURCE, allocation.id, allocation.envelopeId, "recover", before, after);
        return after;
    }

    /** Reduces the award (DEOBLIGATE) by an amount not planned into budget lines; the envelope regains it. */
    @Transactional
    public AllocationView deobligate(UUID allocationId, String ifMatch, SettlementRequests.Deobligation request) {
        Allocation unlocked = allocations.findVisible(allocationId);
        ETags.requireMatch(ifMatch, unlocked.version);
        em.find(BudgetEnvelope.class, unlocked.envelopeId, LockModeType.PESSIMISTIC_WRITE);
        Allocation allocation = lock(allocationId);
        allocation.requireOpen();
        long planned = allocations.view(allocation).linesKrw();
        if (allocation.totalKrw - request.amountKrw() < planned) {
            throw ProblemException.businessRule(
                            "deobligation-below-lines",
                            "The award cannot go below the " + planned
                                    + " KRW planned into budget lines; lower the lines first")
                    .with("maximumKrw", allocation.totalKrw - planned);
        }
        if (allocation.totalKrw - request.amountKrw() <= 0) {
            throw ProblemException.businessRule(
                    "deobligation-whole-award", "An award is not reduced to nothing; settle the allocation instead");
        }
        AllocationView before = allocations.view(allocation);
        allocation.totalKrw -= request.amountKrw();
        ledger.append(
                EntryType.DEOBLIGATE,
                allocation.id,
                null,
                null,
                request.amountKrw(),
                request.reason().strip());
        em.flush();
        AllocationView after = allocations.view(allocation);
        audit.record(RESOURCE, allocation.id, allocation.envelopeId, "deobligate", before, after);
        return after;
    }

    /** Settles the allocation of an ended project: every unused balance is returned and the award reduced to it. */
    @Transactional
    public AllocationView settle(UUID allocationId, String ifMatch) {
        Allocation unlocked = allocations.findVisible(allocationId);
        ETags.requireMatch(ifMatch, unlocked.version);
        unlocked.requireOpen();
        ProjectSummary project = projects.get(unlocked.projectId, "the project's end");
        if (!ENDED.contains(project.status())) {
            throw ProblemException.businessRule(
                    "project-not-ended",
                    "Project " + project.code() + " is " + project.status()
                            + "; an allocation is settled once its project is completed or terminated");
        }
        em.find(BudgetEnvelope.class, unlocked.envelopeId, LockModeType.PESSIMISTIC_WRITE);
        Allocation allocation = lock(allocationId);
        allocation.requireOpen();
        // the lines first: a disbursement request holds its line's lock, so none can slip in after the count
        List<BudgetLine> lines = BudgetLine.<BudgetLine>find(
                        "allocationId = ?1 order by fiscalYear, costCategory", allocation.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        long open = Disbursement.count(
                "allocationId = ?1 and status in ?2",
                allocation.id,
                List.of(DisbursementStatus.REQUESTED, DisbursementStatus.APPROVED));
        long pending = CarryOver.count("allocationId = ?1 and status = ?2", allocation.id, CarryOverStatus.REQUESTED);
        if (open > 0 || pending > 0) {
            throw ProblemException.businessRule(
                    "settlement-open-items",
                    open + " disbursement(s) and " + pending
                            + " carry-over(s) await a decision; decide them before settling");
        }
        AllocationView before = allocations.view(allocation);
        long planned = lines.stream().mapToLong(l -> l.amountKrw).sum();
        long returned = 0;
        for (BudgetLine line : lines) {
            long unused = line.remainingKrw();
            if (unused > 0) {
                line.takeUnused(unused);
                ledger.append(
                        EntryType.RETURN,
                        allocation.id,
                        line.id,
                        null,
                        unused,
                        "Unused balance of " + line.fiscalYear + "/" + line.costCategory + " returned at settlement");
                returned += unused;
            }
        }
        long unplanned = allocation.totalKrw - planned;
        if (unplanned > 0) {
            ledger.append(
                    EntryType.RETURN,
                    allocation.id,
                    null,
                    null,
                    unplanned,
                    "Award never planned into budget lines, returned at settlement");
            returned += unplanned;
        }
        allocation.totalKrw -= returned;
        allocation.settledAt = clock.now();
        allocation.settledBy = caller.subject();
        em.flush();
        AllocationView after = allocations.view(allocation);
        audit.record(RESOURCE, allocation.id, allocation.envelopeId, "settle", before, after);
        return after;
    }

    /** A carry-over adds to {@code year}: projects-service's continuation must allow that year's new total. */
    private void requireContinuationInto(Allocation allocation, int year, long adding) {
        long current = ((Number) em.createNativeQuery("SELECT coalesce(sum(amount_krw), 0) FROM budget_line"
                                + " WHERE allocation_id = :allocation AND fiscal_year = :year")
                        .setParameter("allocation", allocation.id)
                        .setParameter("year", year)
                        .getSingleResult())
                .longValue();
        projects.requireContinuation(allocation.projectId, year, current + adding);
    }

    @Transactional
    public CarryOverView requestCarryOver(UUID allocationId, SettlementRequests.CarryOverRequest request) {
        Allocation allocation = lock(allocationId);
        BudgetLine line = lineOf(allocation, request.fromLineId(), true);
        BudgetEnvelope envelope = em.find(BudgetEnvelope.class, allocation.envelopeId);
        if (!envelope.covers(line.fiscalYear + 1)) {
            throw ProblemException.businessRule(
                    "year-outside-envelope",
                    "Fiscal year " + (line.fiscalYear + 1) + " is outside the program's years " + envelope.firstYear
                            + "–" + envelope.lastYear);
        }
        if (request.amountKrw() > line.remainingKrw()) {
            throw ProblemException.businessRule(
                            "line-exceeded",
                            "Budget line " + line.fiscalYear + "/" + line.costCategory + " has only "
                                    + line.remainingKrw() + " KRW unspent")
                    .with("remainingKrw", line.remainingKrw());
        }
        requireContinuationInto(allocation, line.fiscalYear + 1, request.amountKrw());
        CarryOver carryOver = new CarryOver();
        carryOver.id = UUID.randomUUID();
        carryOver.allocationId = allocation.id;
        carryOver.fromLineId = line.id;
        carryOver.toFiscalYear = line.fiscalYear + 1;
        carryOver.amountKrw = request.amountKrw();
        carryOver.reason = request.reason().strip();
        carryOver.requestedBy = caller.subject();
        carryOver.persistAndFlush();
        CarryOverView view = CarryOverView.of(carryOver);
        audit.created("carry-over", carryOver.id, allocation.id, view);
        return view;
    }

    @Transactional
    public List<CarryOverView> carryOvers(UUID allocationId) {
        allocations.findVisible(allocationId);
        return CarryOver.<CarryOver>list("allocationId = ?1 order by createdAt", allocationId).stream()
                .map(CarryOverView::of)
                .toList();
    }

    /** Approves (the amount moves to next year's line of the same category) or rejects a carry-over. */
    @Transactional
    public CarryOverView decide(UUID allocationId, UUID carryOverId, String ifMatch, boolean approve, String reason) {
        Allocation unlocked = allocations.findVisible(allocationId);
        BudgetEnvelope envelope = em.find(BudgetEnvelope.class, unlocked.envelopeId, LockModeType.PESSIMISTIC_WRITE);
        Allocation allocation = lock(allocationId);
        CarryOver carryOver = em.find(CarryOver.class, carryOverId, LockModeType.PESSIMISTIC_WRITE);
        if (carryOver == null || !carryOver.allocationId.equals(allocationId)) {
            throw ProblemException.notFound("carry-over", carryOverId);
        }
        ETags.requireMatch(ifMatch, carryOver.version);
        CarryOverView before = CarryOverView.of(carryOver);
        carryOver.decide(approve, caller.subject(), reason);
        if (approve) {
            allocation.requireOpen();
            // the money moves now: the next year must still be allowed, within its cap
            requireContinuationInto(allocation, carryOver.toFiscalYear, carryOver.amountKrw);
            BudgetLine from = em.find(BudgetLine.class, carryOver.fromLineId, LockModeType.PESSIMISTIC_WRITE);
            from.takeUnused(carryOver.amountKrw);
            BudgetLine to = BudgetLine.<BudgetLine>find(
                            "allocationId = ?1 and fiscalYear = ?2 and costCategory = ?3",
                            allocation.id,
                            carryOver.toFiscalYear,
                            from.costCategory)
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .firstResult();
            if (to == null) {
                to = new BudgetLine();
                to.id = UUID.randomUUID();
                to.allocationId = allocation.id;
                to.fiscalYear = carryOver.toFiscalYear;
                to.costCategory = from.costCategory;
                to.amountKrw = 0;
                to.persist();
            }
            to.setAmount(to.amountKrw + carryOver.amountKrw);
            em.flush();
            long planned = allocations.plannedInYear(envelope.id, carryOver.toFiscalYear);
            long appropriation = envelope.appropriations.getOrDefault(carryOver.toFiscalYear, 0L);
            if (planned > appropriation) {
                throw ProblemException.businessRule(
                                "appropriation-exceeded",
                                "Budget lines of fiscal year "
                                        + carryOver.toFiscalYear + " would total " + planned
                                        + " KRW, above its appropriation of "
                                        + appropriation + " KRW")
                        .with("fiscalYear", carryOver.toFiscalYear);
            }
            carryOver.toLineId = to.id;
            ledger.append(
                    EntryType.CARRY_OVER,
                    allocation.id,
                    from.id,
                    null,
                    carryOver.amountKrw,
                    "Carried over from " + from.fiscalYear + " to " + to.fiscalYear + " line " + to.id);
        }
        em.flush();
        CarryOverView after = CarryOverView.of(carryOver);
        audit.record("carry-over", carryOver.id, allocation.id, approve ? "approve" : "reject", before, after);
        return after;
    }

    private Allocation lock(UUID allocationId) {
        return lock(allocationId, null);
    }

    /** The allocation under its lock, its version raised; 412 first when {@code ifMatch} names another version. */
    private Allocation lock(UUID allocationId, String ifMatch) {
        ETags.requireMatch(ifMatch, allocations.findVisible(allocationId).version);
        // a change of its lines changes the allocation's representation: its version (ETag) moves now
        return em.find(Allocation.class, allocationId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private static BudgetLine lineOf(Allocation allocation, UUID lineId, boolean mustBeOpen) {
        if (mustBeOpen) {
            allocation.requireOpen();
        }
        BudgetLine line = lineId == null
                ? null
                : BudgetLine.getEntityManager().find(BudgetLine.class, lineId, LockModeType.PESSIMISTIC_WRITE);
        if (line == null || !line.allocationId.equals(allocation.id)) {
            throw ProblemException.businessRule(
                    "unknown-line", "Budget line " + lineId + " is not a line of this allocation");
        }
        return line;
    }
}
