package kr.go.msit.standards.projects.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.persistence.metrics.DomainMetrics;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.call.CallForProposals;
import kr.go.msit.standards.projects.client.EligibilityCheck;
import kr.go.msit.standards.projects.project.ProjectService;

/** Applications: drafting under an open call, the review state machine, and selection into a project. */
@ApplicationScoped
public class ApplicationService {

    static final String RESOURCE = "application";
    static final String SUBMITTED = "kus.applications.submitted";
    static final String SUBMITTED_DESCRIPTION = "Applications submitted to a call";

    private final EntityManager em;
    private final ProjectService projects;
    private final Caller caller;
    private final AuditTrail audit;
    private final EligibilityCheck eligibility;
    private final DomainMetrics metrics;
    private final ProgramClock clock;
    private final Selection selection;

    public ApplicationService(
            EntityManager em,
            ProjectService projects,
            Caller caller,
            AuditTrail audit,
            EligibilityCheck eligibility,
            DomainMetrics metrics,
            ProgramClock clock,
            Selection selection) {
        this.em = em;
        this.clock = clock;
        this.selection = selection;
        this.metrics = metrics;
        this.projects = projects;
        this.caller = caller;
        this.audit = audit;
        this.eligibility = eligibility;
    }

    @Transactional
    public PageView<ApplicationView> list(
            UUID callId, ApplicationStatus status, UUID leadInstitutionId, PageRequest page) {
        // an institution lists its own applications only
        Caller.ListScope narrowed = caller.listScope(leadInstitutionId);
        if (narrowed.nothing()) {
            return PageView.empty(page);
        }
        leadInstitutionId = narrowed.institutionId();
        Where where = new Where()
                .and("callId = :call", "call", callId)
                .and("status = :status", "status", status)
                .and("leadInstitutionId = :lead", "lead", leadInstitutionId);
        return Pages.of(
                Application.<Application>find(where.clause(), Sort.by("code"), where.parameters()), page, this::view);
    }

    @Transactional
    public ApplicationView get(UUID id) {
        return view(findVisible(id));
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        return audit.history(id, page);
    }

    @Transactional
    public ApplicationView create(ApplicationRequest request) {
        caller.requireActingFor(request.leadInstitutionId(), Roles.PROGRAM_MANAGER);
        CallForProposals call = openCall(request.callId(), request.leadInstitutionId());
        Application application = new Application();
        application.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("SELECT nextval('application_number_seq')")
                        .getSingleResult())
                .longValue();
        application.code = call.code + "-A" + String.format("%04d", number);
        application.describe(call, request);
        application.persistAndFlush();
        return audited(application, "create", null);
    }

    @Transactional
    public ApplicationView update(UUID id, String ifMatch, ApplicationRequest request) {
        Application application = inTurn(changeable(id, ifMatch), ifMatch);
        caller.requireActingFor(request.leadInstitutionId(), Roles.PROGRAM_MANAGER);
        application.requireEditable();
        ApplicationView before = view(application, false);
        if (!application.callId.equals(request.callId())) {
            throw ProblemException.businessRule("application-call-fixed", "An application cannot move to another call");
        }
        application.describe(openCall(request.callId(), request.leadInstitutionId()), request);
        application.persistAndFlush();
        return audited(application, "update", before);
    }

    /** A step that carries no rule of its own: check eligibility, start review, reject, withdraw. */
    @Transactional
    public ApplicationView transition(UUID id, ApplicationAction action, String ifMatch, DecisionRequest request) {
        return move(inTurn(changeable(id, ifMatch), ifMatch), action, request);
    }

    /** DRAFT → SUBMITTED: the call takes it today, its budget within the cap, its lead eligible (partnership-service). */
    @Transactional
    public ApplicationView submit(UUID id, String ifMatch, DecisionRequest request) {
        Application unlocked = changeable(id, ifMatch);
        if (ApplicationAction.SUBMIT.allowedFrom(unlocked.status())) {
            CallForProposals call = openCall(unlocked.callId, unlocked.leadInstitutionId);
            call.requireWithinCap(unlocked.requestedTotalKrw);
            requireEligibleLead(unlocked, call);
            // its joint institutions are known (each may not evaluate the project; an unknown id was kept as given)
            unlocked.jointInstitutionIds.forEach(joint -> eligibility.requireKnown(joint, "Joint institution"));
        }
        ApplicationView after = move(inTurn(unlocked, ifMatch), ApplicationAction.SUBMIT, request);
        metrics.countAfterCommit(SUBMITTED, SUBMITTED_DESCRIPTION, 1);
        return after;
    }

    /** UNDER_REVIEW → SELECTED: eligibility asked again, then the award and the project under the program's lock. */
    @Transactional
    public ApplicationView select(UUID id, String ifMatch, DecisionRequest request) {
        Application application = changeable(id, ifMatch);
        // checked before selection takes the program's lock, so a slow partnership-service holds no lock
        UUID agreement = ApplicationAction.SELECT.allowedFrom(application.status())
                ? requireEligibleLead(application, CallForProposals.findById(application.callId))
                : null;
        return selection.select(application, ifMatch, request, agreement);
    }

    /** The application, if the caller may change it and {@code ifMatch} names its version. */
    private Application changeable(UUID id, String ifMatch) {
        Application application = findVisible(id);
        // an institution submits and withdraws its own applications only, whatever other role its token holds
        caller.requireChangeable(application.leadInstitutionId, RESOURCE, id, Roles.PROGRAM_MANAGER);
        ETags.requireMatch(ifMatch, application.version);
        return application;
    }

    /**
     * The application read again under its lock, after any call to partnership-service: steps at once are taken in
     * turn, each loser answered as a later request is (409 with currentState, or 412).
     */
    private Application inTurn(Application application, String ifMatch) {
        Application locked = Application.locked(application.id);
        // its lead may have been changed meanwhile
        caller.requireChangeable(locked.leadInstitutionId, RESOURCE, locked.id, Roles.PROGRAM_MANAGER);
        ETags.requireMatch(ifMatch, locked.version);
        return locked;
    }

    private ApplicationView move(Application application, ApplicationAction action, DecisionRequest request) {
        ApplicationView before = view(application, false);
        application.apply(action, request.reason(), clock.now());
        application.persistAndFlush();
        return audited(application, action.verb(), before);
    }

    @Transactional
    public ApplicationView addReview(UUID id, String ifMatch, ReviewRequest request) {
        // under its lock: one reviewer's two scores at once, the second finds the first (not the unique index)
        Application application = Application.locked(id);
        caller.requireVisible(application.leadInstitutionId, RESOURCE, id);
        ETags.requireMatch(ifMatch, application.version);
        ApplicationView before = view(application, false);
        application.addReview(request.reviewer(), request.score(), request.comment());
        application.newVersion();
        application.persistAndFlush();
        return audited(application, "review", before);
    }

    /** The application as the caller may see it: its reviewers named for a program manager or an auditor only. */
    private ApplicationView view(Application application) {
        return view(application, readsReviewers());
    }

    private ApplicationView view(Application application, boolean reviewers) {
        return ApplicationView.of(application, projectOf(application), reviewers);
    }

    private boolean readsReviewers() {
        return caller.has(Roles.PROGRAM_MANAGER) || caller.has(Roles.AUDITOR);
    }

    private UUID projectOf(Application application) {
        return application.status() == ApplicationStatus.SELECTED
                ? projects.projectOfApplication(application.id)
                : null;
    }

    /**
     * Audits a change ({@code before}: the view without reviewers, or null for a new application): the trail leaves
     * the reviewers out, since the history cannot hide them from the applicant; the change event carries them, and
     * the feed hides them from each reader who may not see them. Returns the application as the caller may see it.
     */
    private ApplicationView audited(Application application, String action, ApplicationView before) {
        UUID projectId = projectOf(application); // looked up once for the three views
        ApplicationView anonymous = ApplicationView.of(application, projectId, false);
        ApplicationView whole = ApplicationView.of(application, projectId, true);
        audit.record(RESOURCE, application.id, application.callId, action, before, anonymous, whole);
        return readsReviewers() ? whole : anonymous;
    }

    /**
     * Only an institution holding a partner agreement in force today (Korea) of an instrument the call accepts, with
     * one of the call's qualifying agencies, may lead. Returns the agreement the project will rely on.
     */
    private UUID requireEligibleLead(Application application, CallForProposals call) {
        return application.reliedOnAgreement(eligibility.requireEligible(
                application.leadInstitutionId, call.qualifyingInstruments, call.qualifyingAgencies, clock.today()));
    }

    /** The application, or 404 when it does not exist or belongs to another institution than the caller's. */
    private Application findVisible(UUID id) {
        Application application = Application.found(id);
        caller.requireVisible(application.leadInstitutionId, RESOURCE, id);
        return application;
    }

    /** The call, when it accepts applications of this lead institution today (OPEN, within its dates, designated). */
    private CallForProposals openCall(UUID callId, UUID leadInstitutionId) {
        CallForProposals call = CallForProposals.referenced(callId, caller.isStaff());
        call.requireAccepting(clock.today(), leadInstitutionId);
        return call;
    }
}
