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
 * Settlement (정산) of an allocation: recovery (환수) of disallowed paid amounts, de-obligation, and, once the project
 * has ended, the return (반납) of every unused balance, which reduces the award to what was spent. Each money movement
 * is a ledger entry. Carry-overs are {@link CarryOverService}'s.
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
    private final AllocationLocks locks;

    public SettlementService(
            EntityManager em,
            Caller caller,
            AuditTrail audit,
            Ledger ledger,
            AllocationService allocations,
            FundedProjects projects,
            ProgramClock clock,
            AllocationLocks locks) {
        this.locks = locks;
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
        Allocation allocation = locks.lock(allocationId, ifMatch);
        // a recovery may come after settlement too: audits of spent money go on
        BudgetLine line = AllocationLocks.lineOf(allocation, request.lineId(), false);
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
        BudgetEnvelope.locked(unlocked.envelopeId);
        Allocation allocation = locks.lock(allocationId, ifMatch);
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
        BudgetEnvelope.locked(unlocked.envelopeId);
        Allocation allocation = locks.lock(allocationId, ifMatch);
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
}
