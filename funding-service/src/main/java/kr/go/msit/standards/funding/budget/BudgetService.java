package kr.go.msit.standards.funding.budget;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProgramSummary;
import kr.go.msit.standards.funding.allocation.AllocationService;
import kr.go.msit.standards.funding.project.FundedProjects;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;

/** Budget envelopes and their appropriations per fiscal year, whose sum never exceeds the envelope. */
@ApplicationScoped
public class BudgetService {

    static final String RESOURCE = "budget";

    private final AuditTrail audit;
    private final AllocationService allocations;
    private final Caller caller;
    private final FundedProjects projects;

    public BudgetService(AuditTrail audit, AllocationService allocations, Caller caller, FundedProjects projects) {
        this.audit = audit;
        this.allocations = allocations;
        this.caller = caller;
        this.projects = projects;
    }

    @Transactional
    public PageView<BudgetView> list(PageRequest page) {
        return Pages.of(BudgetEnvelope.<BudgetEnvelope>findAll(Sort.by("programCode")), page, this::view);
    }

    @Transactional
    public BudgetView get(UUID id) {
        return view(BudgetEnvelope.found(id));
    }

    /**
     * The envelope's history; with its allocations' changes only for those who read every allocation (a finance
     * officer, a program manager, an auditor): a viewer reads the budget, not each project's award.
     */
    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        BudgetEnvelope.found(id);
        boolean allocations =
                caller.has(Roles.FINANCE_OFFICER) || caller.has(Roles.PROGRAM_MANAGER) || caller.has(Roles.AUDITOR);
        return audit.history(id, page, allocations);
    }

    /**
     * Sets a fiscal year's appropriation under the envelope's lock, within the program's years and envelope as
     * projects-service answers them now (asked before the lock; 503 when it cannot answer). An appropriation may
     * always be lowered, even where a smaller envelope is exceeded already.
     */
    @Transactional
    public BudgetView appropriate(UUID id, int fiscalYear, String ifMatch, long amountKrw) {
        ProgramSummary program = projects.program(BudgetEnvelope.found(id).programId);
        BudgetEnvelope envelope = BudgetEnvelope.locked(id);
        ETags.requireMatch(ifMatch, envelope.version);
        long current = envelope.appropriations.getOrDefault(fiscalYear, 0L);
        // outside the program's years an appropriation is only lowered: one of 0 where there was none was written (a
        // new version and an audit row of no change)
        if ((fiscalYear < program.startYear() || fiscalYear > program.endYear())
                && (amountKrw > current || current == 0)) {
            throw ProblemException.businessRule(
                    "year-outside-envelope",
                    "Fiscal year " + fiscalYear + " is outside the program's years " + program.startYear() + "–"
                            + program.endYear());
        }
        long others = envelope.appropriatedKrw() - current;
        if (amountKrw > current && others + amountKrw > program.envelopeKrw()) {
            throw ProblemException.businessRule(
                            "appropriations-above-envelope",
                            "Appropriations would total " + (others + amountKrw) + " KRW, above the envelope of "
                                    + program.envelopeKrw() + " KRW")
                    .with("remainingKrw", Math.max(0, program.envelopeKrw() - others));
        }
        long planned = allocations.plannedInYear(envelope.id, fiscalYear);
        if (amountKrw < planned) {
            throw ProblemException.businessRule(
                    "appropriation-below-lines",
                    "Budget lines of fiscal year " + fiscalYear + " already total " + planned + " KRW");
        }
        return audit.change(RESOURCE, envelope.id, null, "appropriate", () -> view(envelope), () -> {
            // the budget's copy of the program, recorded with the appropriation that follows it
            envelope.follow(program);
            envelope.appropriations.put(fiscalYear, amountKrw);
        });
    }

    private BudgetView view(BudgetEnvelope envelope) {
        List<BudgetView.YearView> years = new ArrayList<>();
        for (int year : envelope.listedYears()) {
            years.add(new BudgetView.YearView(
                    year,
                    envelope.appropriations.getOrDefault(year, 0L),
                    allocations.plannedInYear(envelope.id, year)));
        }
        return BudgetView.of(envelope, allocations.allocatedKrw(envelope.id), years);
    }
}
