package kr.go.msit.standards.projects.call;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.program.Program;

/** Calls for proposals: create, edit while a draft, move through the state machine. */
@ApplicationScoped
public class CallService {

    static final String RESOURCE = "call";

    private final AuditTrail audit;
    private final Caller caller;
    private final ProgramClock clock;

    public CallService(AuditTrail audit, Caller caller, ProgramClock clock) {
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * The calls, ordered by code. A call not yet announced (a DRAFT, or cancelled as one) is the program's working
     * copy: an institution or a viewer does not see it (as CommonGrants publishes no draft), so no applicant learns its
     * terms first.
     */
    public PageView<CallView> list(UUID programId, Integer fiscalYear, CallStatus status, PageRequest page) {
        Where where = new Where()
                .and("programId = :program", "program", programId)
                .and("fiscalYear = :year", "year", fiscalYear)
                .and("status = :status", "status", status)
                .and("announcedOn is not null", !seesDrafts());
        return Pages.of(
                CallForProposals.<CallForProposals>find(where.clause(), Sort.by("code"), where.parameters()),
                page,
                CallView::of);
    }

    public CallView get(UUID id) {
        return CallView.of(visible(id));
    }

    @Transactional
    public CallView create(CallRequest request) {
        Program program = Program.lockedReference(request.programId());
        NaturalKeys.claim("call-code", request.code());
        if (CallForProposals.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A call with code " + request.code() + " already exists");
        }
        CallForProposals call = new CallForProposals();
        call.id = UUID.randomUUID();
        apply(call, program, request, 0);
        call.persistAndFlush();
        CallView view = CallView.of(call);
        audit.created(RESOURCE, call.id, program.id, view);
        return view;
    }

    @Transactional
    public CallView update(UUID id, String ifMatch, CallRequest request) {
        CallForProposals call = CallForProposals.locked(id);
        ETags.requireMatch(ifMatch, call.version);
        call.requireEditable();
        if (!call.programId.equals(request.programId())) {
            throw ProblemException.businessRule("call-program-fixed", "A call cannot move to another program");
        }
        Program program = Program.lockedReference(request.programId());
        NaturalKeys.claim("call-code", request.code());
        if (!call.code.equals(request.code()) && CallForProposals.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A call with code " + request.code() + " already exists");
        }
        return audit.change(
                RESOURCE,
                call.id,
                program.id,
                "update",
                () -> CallView.of(call),
                () -> apply(call, program, request, call.budgetCeilingKrw));
    }

    @Transactional
    public CallView transition(UUID id, CallAction action, String ifMatch) {
        CallForProposals call = CallForProposals.locked(id);
        ETags.requireMatch(ifMatch, call.version);
        if (action == CallAction.CANCEL) {
            // selection creates its project under the program's lock: taken here too, a selection under way is seen
            Program.lockedReference(call.programId);
            long projects = kr.go.msit.standards.projects.project.Project.count("callId", call.id);
            if (projects > 0) {
                // its projects' awards count against the program only through the call's ceiling: cancelled, the
                // call would free its ceiling while they went on
                throw ProblemException.businessRule(
                        "call-has-projects",
                        "The call has " + projects + " project(s) selected from it; a call is cancelled before any "
                                + "selection (terminate a project instead)");
            }
        }
        if (action == CallAction.PUBLISH_RESULTS) {
            long undecided = kr.go.msit.standards.projects.application.Application.countUndecided(call.id);
            if (undecided > 0) {
                throw ProblemException.businessRule(
                        "results-before-decisions",
                        undecided
                                + " application(s) of this call await a decision; select, reject or withdraw them first");
            }
        }
        return audit.change(
                RESOURCE,
                call.id,
                call.programId,
                action.verb(),
                () -> CallView.of(call),
                () -> call.apply(action, clock.today()));
    }

    /**
     * The call's history; with its applications' changes (their leads, budgets, scores) only for those who read every
     * application, a program manager and an auditor: an institution sees its own in its applications' histories.
     */
    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        visible(id);
        return audit.history(id, page, caller.has(Roles.PROGRAM_MANAGER) || caller.has(Roles.AUDITOR));
    }

    /** The call, or 404: also one not yet announced, to a caller who may not see drafts (its id does not leak). */
    private CallForProposals visible(UUID id) {
        CallForProposals call = CallForProposals.found(id);
        if (!call.announced() && !seesDrafts()) {
            throw ProblemException.notFound(RESOURCE, id);
        }
        return call;
    }

    /** The staff see a call before it is announced (and so every call of a program); to others it is not public. */
    private boolean seesDrafts() {
        return caller.isStaff();
    }

    /** Checks the call's rules against its program (locked by the caller) and copies the request. */
    private static void apply(CallForProposals call, Program program, CallRequest request, long ceilingAlreadyCounted) {
        if (!program.covers(request.fiscalYear())) {
            throw ProblemException.businessRule(
                    "call-year-outside-program",
                    "Fiscal year " + request.fiscalYear() + " is outside the program's period " + program.startYear
                            + "–" + program.endYear);
        }
        if (request.perProjectCapKrw() > request.budgetCeilingKrw()) {
            throw ProblemException.businessRule(
                    "cap-above-ceiling", "perProjectCapKrw must not exceed budgetCeilingKrw");
        }
        if (request.opensOn() != null
                && request.closesOn() != null
                && request.closesOn().isBefore(request.opensOn())) {
            throw ProblemException.businessRule("call-dates", "closesOn must not be before opensOn");
        }
        // the calls' ceilings and the awards of projects of no call (imported) share the envelope
        long committed = Program.committedKrw(program.id) - ceilingAlreadyCounted;
        if (committed + request.budgetCeilingKrw() > program.envelopeKrw) {
            throw ProblemException.businessRule(
                            "calls-exceed-envelope",
                            "The program's calls would commit "
                                    + (committed + request.budgetCeilingKrw()) + " KRW, above its envelope of "
                                    + program.envelopeKrw + " KRW")
                    .with("remainingKrw", program.envelopeKrw - committed)
                    // the same figure under the name the first release gave it, kept for clients built on it
                    .with("availableKrw", program.envelopeKrw - committed);
        }
        call.programId = program.id;
        call.code = request.code();
        call.fiscalYear = request.fiscalYear();
        call.titleKo = request.titleKo().strip();
        call.titleEn = request.titleEn().strip();
        call.descriptionKo = blankToNull(request.descriptionKo());
        call.descriptionEn = blankToNull(request.descriptionEn());
        call.budgetCeilingKrw = request.budgetCeilingKrw();
        call.perProjectCapKrw = request.perProjectCapKrw();
        call.durationMonths = request.durationMonths();
        call.qualifyingInstruments.clear();
        call.qualifyingInstruments.addAll(EnumSet.copyOf(request.qualifyingInstruments()));
        call.selectionMode = request.selectionMode();
        call.opensOn = request.opensOn();
        call.closesOn = request.closesOn();
        Set<String> agencies = request.qualifyingAgencies() == null
                        || request.qualifyingAgencies().isEmpty()
                ? program.partnerAgencies
                : request.qualifyingAgencies();
        for (String agency : agencies) {
            if (!program.partnerAgencies.contains(agency)) {
                throw ProblemException.businessRule(
                        "agency-not-a-partner",
                        "Agency " + agency + " is not a partner agency of the program " + program.partnerAgencies);
            }
        }
        call.qualifyingAgencies.clear();
        call.qualifyingAgencies.addAll(agencies);
        Set<UUID> designated =
                request.designatedInstitutionIds() == null ? Set.of() : request.designatedInstitutionIds();
        if (!designated.isEmpty() && request.selectionMode() != SelectionMode.DESIGNATED) {
            throw ProblemException.businessRule(
                    "designation-needs-designated-mode", "designatedInstitutionIds are for a DESIGNATED call only");
        }
        call.designatedInstitutions.clear();
        call.designatedInstitutions.addAll(designated);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
