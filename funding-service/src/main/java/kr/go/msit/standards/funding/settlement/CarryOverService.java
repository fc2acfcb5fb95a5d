package kr.go.msit.standards.funding.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ContinuationSummary;
import kr.go.msit.standards.funding.allocation.Allocation;
import kr.go.msit.standards.funding.allocation.AllocationService;
import kr.go.msit.standards.funding.allocation.BudgetLine;
import kr.go.msit.standards.funding.budget.BudgetEnvelope;
import kr.go.msit.standards.funding.ledger.EntryType;
import kr.go.msit.standards.funding.ledger.Ledger;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.web.ETags;

/**
 * Carry-over (이월) of unspent budget to the same category next year: asked for by one finance officer, approved or
 * rejected by another; approved, the amount moves between the lines and a {@code CARRY_OVER} ledger entry is written.
 * The year it moves into must be allowed by projects-service's continuation, within its cap.
 */
@ApplicationScoped
public class CarryOverService {

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final Ledger ledger;
    private final AllocationService allocations;
    private final FundedProjects projects;
    private final AllocationLocks locks;

    public CarryOverService(
            EntityManager em,
            Caller caller,
            AuditTrail audit,
            Ledger ledger,
            AllocationService allocations,
            FundedProjects projects,
            AllocationLocks locks) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.ledger = ledger;
        this.allocations = allocations;
        this.projects = projects;
        this.locks = locks;
    }

    /**
     * Asked of projects-service before any lock is taken here, so that no lock of this service (the allocation's, or
     * on approval the program budget's) is held while another service answers: money is carried over into
     * {@code year} only for a project not ended, and only when its continuation allows the year's new total. The
     * cap is checked again under the lock ({@link #requireWithinCap}) with the continuation answered here.
     */
    private ContinuationSummary allowedInto(Allocation allocation, int year, long adding) {
        projects.requireNotEnded(
                projects.get(allocation.projectId, "the project's state"), year, "money is carried over");
        return projects.requireContinuation(allocation.projectId, year, linesOf(allocation.id, year) + adding);
    }

    /** Under the lock: the year's lines as they stand now, plus what the carry-over adds, within the cap. */
    private void requireWithinCap(ContinuationSummary continuation, Allocation allocation, int year, long adding) {
        FundedProjects.requireWithinCap(continuation, linesOf(allocation.id, year) + adding);
    }

    private void requireInEnvelope(Allocation allocation, int year) {
        BudgetEnvelope envelope = em.find(BudgetEnvelope.class, allocation.envelopeId);
        if (!envelope.covers(year)) {
            throw ProblemException.businessRule(
                    "year-outside-envelope",
                    "Fiscal year " + year + " is outside the program's years " + envelope.firstYear + "–"
                            + envelope.lastYear);
        }
    }

    private long linesOf(UUID allocationId, int year) {
        return ((Number) em.createNativeQuery("SELECT coalesce(sum(amount_krw), 0) FROM budget_line"
                                + " WHERE allocation_id = :allocation AND fiscal_year = :year")
                        .setParameter("allocation", allocationId)
                        .setParameter("year", year)
                        .getSingleResult())
                .longValue();
    }

    /**
     * A value read before the lock, not a record: a record loaded here unlocked would stay in the persistence
     * context, and the locked read after would then check its version rather than read it afresh (a 409 when a
     * disbursement changed it meanwhile).
     */
    private java.util.Optional<Object[]> values(String query, UUID id, UUID allocationId) {
        return em.createQuery(query, Object[].class)
                .setParameter("id", id)
                .setParameter("allocation", allocationId)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public CarryOverView requestCarryOver(UUID allocationId, SettlementRequests.CarryOverRequest request) {
        Allocation visible = allocations.findVisible(allocationId);
        // what this service knows first: a settled allocation takes nothing (then projects-service)
        visible.requireOpen();
        ContinuationSummary continuation = values(
                        "select l.fiscalYear, l.id from BudgetLine l where l.id = :id and l.allocationId = :allocation",
                        request.fromLineId(),
                        visible.id)
                .map(line -> {
                    // what this service knows before what projects-service answers (a year past the project's
                    // period would be its OUTSIDE_PERIOD)
                    requireInEnvelope(visible, (Integer) line[0] + 1);
                    return allowedInto(visible, (Integer) line[0] + 1, request.amountKrw());
                })
                .orElse(null);
        Allocation allocation = locks.lock(allocationId);
        BudgetLine line = AllocationLocks.lineOf(allocation, request.fromLineId(), true);
        requireInEnvelope(allocation, line.fiscalYear + 1);
        if (request.amountKrw() > line.remainingKrw()) {
            throw ProblemException.businessRule(
                            "line-exceeded",
                            "Budget line " + line.fiscalYear + "/" + line.costCategory + " has only "
                                    + line.remainingKrw() + " KRW unspent")
                    .with("remainingKrw", line.remainingKrw());
        }
        requireWithinCap(continuation, allocation, line.fiscalYear + 1, request.amountKrw());
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

    /** One carry-over of an allocation the caller may see; 404 for one of another allocation. */
    @Transactional
    public CarryOverView carryOver(UUID allocationId, UUID carryOverId) {
        allocations.findVisible(allocationId);
        return CarryOverView.of(carryOverOf(allocationId, carryOverId, LockModeType.NONE));
    }

    private CarryOver carryOverOf(UUID allocationId, UUID carryOverId, LockModeType lock) {
        CarryOver carryOver = em.find(CarryOver.class, carryOverId, lock);
        if (carryOver == null || !carryOver.allocationId.equals(allocationId)) {
            throw ProblemException.notFound("carry-over", carryOverId);
        }
        return carryOver;
    }

    /** Approves (the amount moves to next year's line of the same category) or rejects a carry-over. */
    @Transactional
    public CarryOverView decide(UUID allocationId, UUID carryOverId, String ifMatch, boolean approve, String reason) {
        Allocation unlocked = allocations.findVisible(allocationId);
        // asked only of a carry-over still to be decided: a retried approval is a 409, not a cap counted twice
        ContinuationSummary continuation = !approve
                ? null
                : values(
                                "select c.toFiscalYear, c.amountKrw, c.status from CarryOver c"
                                        + " where c.id = :id and c.allocationId = :allocation",
                                carryOverId,
                                unlocked.id)
                        .filter(c -> c[2] == CarryOverStatus.REQUESTED)
                        .map(c -> allowedInto(unlocked, (Integer) c[0], (Long) c[1]))
                        .orElse(null);
        BudgetEnvelope envelope = BudgetEnvelope.locked(unlocked.envelopeId);
        Allocation allocation = locks.lock(allocationId);
        CarryOver carryOver = carryOverOf(allocationId, carryOverId, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, carryOver.version);
        CarryOverView before = CarryOverView.of(carryOver);
        carryOver.decide(approve, caller.subject(), reason);
        if (approve) {
            allocation.requireOpen();
            // the money moves now: the next year's lines, as they stand under the lock, within the cap asked above
            requireWithinCap(continuation, allocation, carryOver.toFiscalYear, carryOver.amountKrw);
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
}
