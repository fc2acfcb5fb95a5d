package kr.go.msit.standards.funding.allocation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProgramSummary;
import kr.go.msit.standards.clients.projects.ProjectSummary;
import kr.go.msit.standards.funding.budget.BudgetEnvelope;
import kr.go.msit.standards.funding.ledger.EntryType;
import kr.go.msit.standards.funding.ledger.Ledger;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;

/**
 * Allocations: a project's award against its program's envelope, and its budget lines. Every check of a sum runs
 * under the envelope's row lock, so concurrent allocations cannot together exceed the envelope or an appropriation.
 */
@ApplicationScoped
public class AllocationService {

    static final String RESOURCE = "allocation";
    /** Project states that can be funded. */
    private static final Set<String> FUNDABLE = Set.of("SELECTED", "AGREEMENT_SIGNED", "ACTIVE");

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final Ledger ledger;
    private final FundedProjects projects;

    public AllocationService(
            EntityManager em, Caller caller, AuditTrail audit, Ledger ledger, FundedProjects projects) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.ledger = ledger;
        this.projects = projects;
    }

    @Transactional
    public PageView<AllocationView> list(UUID projectId, UUID envelopeId, PageRequest page) {
        Where where = new Where()
                .and("projectId = :project", "project", projectId)
                .and("envelopeId = :envelope", "envelope", envelopeId)
                .and(
                        "leadInstitutionId = :institution",
                        "institution",
                        caller.scope().orElse(null));
        return Pages.of(
                Allocation.<Allocation>find(where.clause(), Sort.by("projectCode"), where.parameters()),
                page,
                this::view);
    }

    @Transactional
    public AllocationView get(UUID id) {
        return view(findVisible(id));
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        return audit.history(id, page);
    }

    @Transactional
    public AllocationView create(AllocationRequest request) {
        ProjectSummary project = projects.get(request.projectId(), "the project to fund");
        if (!FUNDABLE.contains(project.status())) {
            throw ProblemException.businessRule(
                    "project-not-fundable",
                    "Project " + project.code() + " is " + project.status()
                            + "; only a selected, agreement-signed or active project is funded");
        }
        if (project.awardedTotalKrw() == null || request.totalKrw() > project.awardedTotalKrw()) {
            throw ProblemException.businessRule(
                            "award-above-project-award",
                            "An allocation of " + request.totalKrw()
                                    + " KRW exceeds what project " + project.code() + " was awarded ("
                                    + project.awardedTotalKrw() + " KRW, projects-service)")
                    .with("remainingKrw", project.awardedTotalKrw() == null ? 0 : project.awardedTotalKrw());
        }
        // the program's envelope as projects-service answers it now, asked before the envelope's lock (the budget's
        // copy follows it when money is appropriated, with its history)
        ProgramSummary program = projects.program(project.programId());
        BudgetEnvelope envelope = lockEnvelopeOfProgram(project.programId());
        if (Allocation.count("projectId", project.id()) > 0) {
            throw ProblemException.conflict("Project " + project.code() + " already has an allocation");
        }
        long allocated = allocatedKrw(envelope.id);
        if (allocated + request.totalKrw() > program.envelopeKrw()) {
            throw ProblemException.businessRule(
                            "envelope-exceeded",
                            "Allocating " + request.totalKrw()
                                    + " KRW would bring the program's allocations to "
                                    + (allocated + request.totalKrw())
                                    + " KRW, above its envelope of " + program.envelopeKrw() + " KRW")
                    .with("remainingKrw", Math.max(0, program.envelopeKrw() - allocated));
        }
        Allocation allocation = new Allocation();
        allocation.id = UUID.randomUUID();
        allocation.envelopeId = envelope.id;
        allocation.projectId = project.id();
        allocation.projectCode = project.code();
        allocation.technologyArea = project.technologyArea();
        allocation.leadInstitutionId = project.leadInstitutionId();
        allocation.totalKrw = request.totalKrw();
        allocation.persistAndFlush();
        ledger.append(EntryType.OBLIGATE, allocation.id, null, null, allocation.totalKrw, "Award of " + project.code());
        AllocationView view = view(allocation);
        audit.created(RESOURCE, allocation.id, envelope.id, view);
        return view;
    }

    /** Sum of the budget lines of a fiscal year across the envelope's allocations. */
    public long plannedInYear(UUID envelopeId, int year) {
        return em.createQuery(
                        "select coalesce(sum(l.amountKrw), 0) from BudgetLine l, Allocation a "
                                + "where l.allocationId = a.id and a.envelopeId = :e and l.fiscalYear = :y",
                        Long.class)
                .setParameter("e", envelopeId)
                .setParameter("y", year)
                .getSingleResult();
    }

    public long allocatedKrw(UUID envelopeId) {
        return em.createQuery(
                        "select coalesce(sum(a.totalKrw), 0) from Allocation a where a.envelopeId = :e", Long.class)
                .setParameter("e", envelopeId)
                .getSingleResult();
    }

    private BudgetEnvelope lockEnvelopeOfProgram(UUID programId) {
        List<BudgetEnvelope> envelopes = em.createQuery(
                        "select b from BudgetEnvelope b where b.programId = :p", BudgetEnvelope.class)
                .setParameter("p", programId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (envelopes.isEmpty()) {
            throw ProblemException.businessRule("no-envelope", "The project's program has no budget envelope");
        }
        return envelopes.get(0);
    }

    public AllocationView view(Allocation allocation) {
        return AllocationView.of(
                allocation, BudgetLine.list("allocationId = ?1 order by fiscalYear, costCategory", allocation.id));
    }

    public Allocation findVisible(UUID id) {
        Allocation allocation = Allocation.found(id);
        caller.requireVisible(allocation.leadInstitutionId, RESOURCE, id);
        return allocation;
    }
}
