package kr.go.msit.standards.funding.disbursement;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ContinuationSummary;
import kr.go.msit.standards.funding.allocation.Allocation;
import kr.go.msit.standards.funding.allocation.BudgetLine;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.paging.Cursors;
import kr.go.msit.standards.platform.paging.PagePosition;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.persistence.metrics.DomainMetrics;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;

/**
 * Disbursements. Every change of what a budget line bears runs under that line's row lock, so parallel requests
 * are serialised on the line and together never exceed it by a single won; the database's CHECK constraint on the
 * line is the last guard.
 */
@ApplicationScoped
public class DisbursementService {

    static final String RESOURCE = "disbursement";
    static final String EVENTS = "kus.disbursements";
    static final String EVENTS_DESCRIPTION =
            "Disbursement requests and decisions (event: request, approve, reject, pay, cancel)";
    static final String DISBURSED = "kus.disbursed.krw";
    static final String DISBURSED_DESCRIPTION = "KRW paid out by disbursements";

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final Postings postings;
    private final PaymentReferences paymentReferences;
    private final DomainMetrics metrics;
    private final Cursors cursors;
    private final FundedProjects projects;
    private final ProgramClock clock;
    private final YearCaps caps;

    public DisbursementService(
            EntityManager em,
            Caller caller,
            AuditTrail audit,
            Postings postings,
            PaymentReferences paymentReferences,
            DomainMetrics metrics,
            Cursors cursors,
            FundedProjects projects,
            ProgramClock clock,
            YearCaps caps) {
        this.em = em;
        this.caps = caps;
        this.cursors = cursors;
        this.projects = projects;
        this.clock = clock;
        this.metrics = metrics;
        this.caller = caller;
        this.audit = audit;
        this.postings = postings;
        this.paymentReferences = paymentReferences;
    }

    /**
     * A page of disbursements by code: by {@code page} (OFFSET), or after a cursor from a previous page's
     * {@code next}, which reads only the rows it returns and reuses the total counted on the first page.
     */
    @Transactional
    public PageView<DisbursementView> list(
            UUID projectId, UUID lineId, DisbursementStatus status, PageRequest page, String after) {
        PagePosition position = cursors.position(page, after);
        Where where = new Where()
                .and("projectId = :project", "project", projectId)
                .and("lineId = :line", "line", lineId)
                .and("status = :status", "status", status)
                .and(
                        "allocationId in (select a.id from Allocation a where a.leadInstitutionId = :institution)",
                        "institution",
                        caller.scope().orElse(null));
        long total = position.total(() -> Disbursement.count(where.clause(), where.parameters()));
        position.cursor().ifPresent(cursor -> where.and("code > :after", "after", cursor.key()));
        var query = Disbursement.<Disbursement>find(where.clause(), Sort.by("code"), where.parameters());
        List<Disbursement> rows = query.range(position.offset(), position.offset() + position.size() - 1)
                .list();
        return position.page(
                rows.stream().map(DisbursementView::of).toList(),
                total,
                rows.isEmpty() ? null : rows.get(rows.size() - 1).code);
    }

    @Transactional
    public DisbursementView get(UUID id) {
        return DisbursementView.of(findVisible(id));
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        return audit.history(id, page);
    }

    /**
     * A new request on a budget line. The project is asked first (ACTIVE, or 422; projects-service down, 503), before
     * any lock is taken here, so that the remote call never holds a line's lock; and again under the lock when the
     * wait for it made that answer stale ({@link FundedProjects#reconfirm}).
     */
    @Transactional
    public DisbursementView request(DisbursementRequest request) {
        // which project and institution the line is of, read without loading the line (it is loaded under its lock)
        List<Object[]> owner = em.createQuery(
                        "select a.projectId, a.leadInstitutionId, a.id from BudgetLine l, Allocation a "
                                + "where l.id = :line and a.id = l.allocationId",
                        Object[].class)
                .setParameter("line", request.lineId())
                .getResultList();
        // an institution requests money for its own projects only, whatever other role its token holds but a
        // finance officer's; another institution's line is answered as unknown, so its ids do not leak
        Optional<UUID> own = caller.changeScope(Roles.FINANCE_OFFICER);
        if (owner.isEmpty() || (own.isPresent() && !own.get().equals(owner.get(0)[1]))) {
            throw ProblemException.businessRule("unknown-line", "Budget line " + request.lineId() + " does not exist");
        }
        // what this service knows first (a settled allocation takes nothing), then projects-service
        Allocation allocation = Allocation.findById(allocationOf(owner));
        allocation.requireOpen();
        FundedProjects.ActiveAnswer active = projects.requireActive((UUID) owner.get(0)[0], "requested");
        // the line's year must be one the project's evaluations allow (its total was within the cap when set)
        int year = caps.yearOf(request.lineId());
        ContinuationSummary continuation = projects.requireContinuation(
                (UUID) owner.get(0)[0], year, caps.committedIn(allocation.id, year) + request.amountKrw());
        // the allocation's lock, then the line's (as budget lines take them): the year's total across its lines is
        // read again under it, so requests on two lines of one year at once cannot both pass the cap
        em.refresh(allocation, LockModeType.PESSIMISTIC_WRITE);
        BudgetLine line = em.find(BudgetLine.class, request.lineId(), LockModeType.PESSIMISTIC_WRITE);
        projects.reconfirm(active);
        allocation.requireOpen();
        // an evaluation decided after the lines were set (CONTINUE_REDUCED) caps what the year's requests commit
        FundedProjects.requireWithinCap(continuation, caps.committedIn(allocation.id, year) + request.amountKrw());
        line.commit(request.amountKrw());
        Disbursement disbursement = new Disbursement();
        disbursement.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("SELECT nextval('disbursement_number_seq')")
                        .getSingleResult())
                .longValue();
        disbursement.code = "DSB-" + allocation.projectCode + "-" + String.format("%05d", number);
        disbursement.lineId = line.id;
        disbursement.allocationId = allocation.id;
        disbursement.projectId = allocation.projectId;
        disbursement.amountKrw = request.amountKrw();
        disbursement.purpose = request.purpose().strip();
        disbursement.requestedBy = caller.subject();
        disbursement.requestedAt = clock.now();
        disbursement.persist();
        em.flush();
        DisbursementView view = DisbursementView.of(disbursement);
        audit.created(RESOURCE, disbursement.id, allocation.id, view);
        metrics.countAfterCommit(EVENTS, EVENTS_DESCRIPTION, 1, "event", "request");
        return view;
    }

    /**
     * A step of the disbursement's state machine. Approving and paying ask projects-service first that the project is
     * still ACTIVE (a project suspended or terminated since the request gets no money: its open requests stay, and
     * may be rejected or cancelled, and are paid only if it is resumed); the call comes before any lock here, and is
     * made again under the line's lock when the wait for it made the answer stale ({@link FundedProjects#reconfirm}).
     * They ask the year's continuation too, before any lock, and hold its cap after the step ({@link YearCaps}).
     */
    @Transactional
    public DisbursementView transition(
            UUID id, DisbursementAction action, String ifMatch, DisbursementDecisionRequest request) {
        Disbursement unlocked = findVisible(id);
        FundedProjects.ActiveAnswer active = null;
        ContinuationSummary continuation = null;
        if (action == DisbursementAction.APPROVE || action == DisbursementAction.PAY) {
            active = projects.requireActive(
                    unlocked.projectId, action == DisbursementAction.APPROVE ? "approved" : "paid");
            continuation = caps.ask(unlocked);
        }
        // the line first, then the disbursement: the same order as a new request, so no deadlock
        BudgetLine line = em.find(BudgetLine.class, unlocked.lineId, LockModeType.PESSIMISTIC_WRITE);
        if (active != null) {
            projects.reconfirm(active);
        }
        // read afresh under its lock: the copy loaded above would have its version checked instead (a bare 409 when
        // a step committed while this one waited for the line)
        Disbursement disbursement = Lookups.locked(Disbursement.class, id, RESOURCE);
        ETags.requireMatch(ifMatch, disbursement.version);
        if (action == DisbursementAction.CANCEL
                && caller.changeScope(Roles.FINANCE_OFFICER).isPresent()) {
            Allocation allocation = Allocation.findById(disbursement.allocationId);
            caller.requireChangeable(allocation.leadInstitutionId, RESOURCE, id, Roles.FINANCE_OFFICER);
            if (!caller.subject().equals(disbursement.requestedBy)) {
                throw new io.quarkus.security.ForbiddenException(
                        "Only its requester or a finance officer cancels a request");
            }
        }
        DisbursementView before = DisbursementView.of(disbursement);
        if (action == DisbursementAction.PAY) {
            line.requirePayableIn(clock.today().getYear());
            paymentReferences.requireUnused(request.paymentReference(), disbursement.id);
        }
        if (action == DisbursementAction.REVERSE) {
            // read again now, under the line's lock: the copy loaded before the wait may predate a settlement that
            // committed meanwhile (a settlement holds every line's lock), and a settled line takes no money back
            Allocation allocation = Allocation.findById(disbursement.allocationId);
            em.refresh(allocation);
            allocation.requireOpen();
        }
        disbursement.apply(action, caller.subject(), request.reason(), request.paymentReference(), clock.now());
        postings.post(action, disbursement, line);
        em.flush();
        if (continuation != null) {
            caps.require(continuation, disbursement, action);
        }
        DisbursementView after = DisbursementView.of(disbursement);
        audit.record(RESOURCE, disbursement.id, disbursement.allocationId, action.verb(), before, after);
        metrics.countAfterCommit(EVENTS, EVENTS_DESCRIPTION, 1, "event", action.verb());
        if (action == DisbursementAction.PAY) {
            metrics.countAfterCommit(DISBURSED, DISBURSED_DESCRIPTION, disbursement.amountKrw);
        }
        return after;
    }

    private static UUID allocationOf(List<Object[]> owner) {
        return (UUID) owner.get(0)[2];
    }

    private Disbursement findVisible(UUID id) {
        Disbursement disbursement = Disbursement.found(id);
        Allocation allocation = Allocation.findById(disbursement.allocationId);
        caller.requireVisible(allocation.leadInstitutionId, RESOURCE, id);
        return disbursement;
    }
}
