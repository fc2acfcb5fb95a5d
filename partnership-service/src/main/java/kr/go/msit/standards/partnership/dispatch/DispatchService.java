package kr.go.msit.standards.partnership.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProjectLookup;
import kr.go.msit.standards.clients.projects.ProjectSummary;
import kr.go.msit.standards.partnership.agency.AgencyService;
import kr.go.msit.standards.partnership.agency.PartnerSite;
import kr.go.msit.standards.partnership.institution.Institution;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;

/** Dispatches: planning under an existing project, the state machine, and "who is where, when" (with
 * {@link ResearcherCalendar}, the days each researcher is taken). */
@ApplicationScoped
public class DispatchService {

    static final String RESOURCE = "dispatch";
    /** Project states that can fund a dispatch. */
    private static final Set<String> FUNDING_STATES = Set.of("AGREEMENT_SIGNED", "ACTIVE");

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final ProjectLookup projects;
    private final ProgramClock clock;
    private final ResearcherCalendar calendar;

    public DispatchService(
            EntityManager em,
            Caller caller,
            AuditTrail audit,
            ProjectLookup projects,
            ProgramClock clock,
            ResearcherCalendar calendar) {
        this.em = em;
        this.clock = clock;
        this.calendar = calendar;
        this.caller = caller;
        this.audit = audit;
        this.projects = projects;
    }

    /** Filters of the dispatch list; {@code from}/{@code to} keep dispatches whose days overlap that range. */
    public record Filter(
            UUID projectId,
            UUID institutionId,
            UUID siteId,
            DispatchStatus status,
            LocalDate from,
            LocalDate to,
            LocalDate onSiteOn) {}

    @Transactional
    public PageView<DispatchView> list(Filter filter, PageRequest page) {
        UUID institutionId = filter.institutionId();
        Caller.ListScope narrowed = caller.listScope(institutionId);
        if (narrowed.nothing()) {
            return PageView.empty(page);
        }
        institutionId = narrowed.institutionId();
        String taken = ResearcherCalendar.taken(clock.today());
        Where where = new Where()
                .and("project_id = :project", "project", filter.projectId())
                .and("institution_id = :institution", "institution", institutionId)
                .and("site_id = :site", "site", filter.siteId())
                .and(
                        "status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                // a missing bound is an unbounded end of the range (no untyped null parameter in a daterange)
                .and(taken + " && daterange(CAST(:from AS date), NULL, '[]')", "from", filter.from())
                .and(taken + " && daterange(NULL, CAST(:to AS date), '[]')", "to", filter.to())
                // arrived (on site, completed or cut short) and there that day: a past day finds the ended stays too
                .and(
                        "actual_start IS NOT NULL AND " + taken + " @> CAST(:onSiteOn AS date)",
                        "onSiteOn",
                        filter.onSiteOn());
        Query select = where.bind(em.createNativeQuery(
                "SELECT * FROM dispatch WHERE " + where.clause() + " ORDER BY planned_start, code LIMIT " + page.size()
                        + " OFFSET " + page.offset(),
                Dispatch.class));
        Query count = where.bind(em.createNativeQuery("SELECT count(*) FROM dispatch WHERE " + where.clause()));
        @SuppressWarnings("unchecked")
        List<Dispatch> dispatches = select.getResultList();
        return new PageView<>(
                dispatches.stream().map(this::view).toList(),
                page.page(),
                page.size(),
                ((Number) count.getSingleResult()).longValue());
    }

    @Transactional
    public DispatchView get(UUID id) {
        return view(findVisible(id));
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        return audit.history(id, page);
    }

    @Transactional
    public DispatchView create(DispatchRequest request) {
        DispatchRequest.ResearcherRequest who = request.researcher();
        caller.requireActingFor(who.homeInstitutionId(), Roles.PARTNERSHIP_OFFICER);
        Institution.referenced(who.homeInstitutionId());
        PartnerSite site = PartnerSite.referenced(request.siteId());
        Dispatch.requirePlausibleDates(request);
        ProjectSummary project = fundingProject(request.projectId());
        Dispatch.requireWithinPeriod(project, request.plannedStart(), request.plannedEnd());
        Researcher researcher = calendar.recorded(who);
        Dispatch.requirePerformer(project, researcher.institutionId);
        ResearcherCalendar.take(researcher.id);
        calendar.requireFree(researcher.id, null, request.plannedStart(), request.plannedEnd());
        Dispatch dispatch = new Dispatch();
        dispatch.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("SELECT nextval('dispatch_number_seq')")
                        .getSingleResult())
                .longValue();
        dispatch.code = "DSP-" + String.format("%05d", number);
        dispatch.researcherId = researcher.id;
        dispatch.institutionId = researcher.institutionId;
        dispatch.projectId = project.id();
        dispatch.projectCode = project.code();
        dispatch.siteId = site.id;
        dispatch.hostUnitId =
                request.hostUnitId() == null ? null : AgencyService.unit(request.hostUnitId(), site.agencyId).id;
        dispatch.hostLaboratory = request.hostLaboratory().strip();
        dispatch.hostContactName = request.hostContactName();
        dispatch.hostContactEmail = request.hostContactEmail();
        dispatch.purpose = request.purpose().strip();
        dispatch.visaCategory = request.visaCategory();
        dispatch.plannedStart = request.plannedStart();
        dispatch.plannedEnd = request.plannedEnd();
        dispatch.persistAndFlush();
        DispatchView view = view(dispatch);
        audit.created(RESOURCE, dispatch.id, dispatch.projectId, view);
        return view;
    }

    @Transactional
    public DispatchView transition(UUID id, DispatchAction action, String ifMatch, DispatchTransitionRequest request) {
        Dispatch unlocked = findVisible(id);
        // an institution cancels its own researchers' dispatches only, whatever other role its token holds
        caller.requireChangeable(unlocked.institutionId, RESOURCE, id, Roles.PARTNERSHIP_OFFICER);
        ETags.requireMatch(ifMatch, unlocked.version);
        if (action == DispatchAction.APPROVE || action == DispatchAction.ARRIVE) {
            // the project may have been suspended, terminated or shortened since the dispatch was planned: asked
            // again now, before the lock, so that no lock waits for projects-service
            ProjectSummary project = fundingProject(unlocked.projectId);
            if (action == DispatchAction.APPROVE) {
                Dispatch.requireWithinPeriod(project, unlocked.plannedStart, unlocked.plannedEnd);
            } else {
                LocalDate arrival = request.date() == null ? clock.today() : request.date();
                Dispatch.requireWithinPeriod(project, arrival, arrival);
            }
        }
        // under its lock: steps at once are taken in turn, each loser answered as a later request is
        Dispatch dispatch = Dispatch.locked(id);
        ETags.requireMatch(ifMatch, dispatch.version);
        boolean movesDays = action == DispatchAction.ARRIVE
                || action == DispatchAction.COMPLETE
                || action == DispatchAction.CUT_SHORT_ACTION;
        if (movesDays) {
            ResearcherCalendar.take(dispatch.researcherId);
        }
        return audit.change(RESOURCE, dispatch.id, dispatch.projectId, action.verb(), () -> view(dispatch), () -> {
            dispatch.apply(action, request.date(), request.reason(), clock.today());
            if (movesDays) {
                calendar.requireFree(
                        dispatch.researcherId,
                        dispatch.id,
                        dispatch.occupiedFrom(),
                        dispatch.occupiedUntil(clock.today()));
            }
        });
    }

    /** The project must exist in projects-service (as the caller sees it) and be able to fund a dispatch. */
    private ProjectSummary fundingProject(UUID projectId) {
        ProjectSummary project = projects.require(projectId, "the dispatch's project");
        if (!FUNDING_STATES.contains(project.status())) {
            throw ProblemException.businessRule(
                            "project-not-active",
                            "Project " + project.code() + " is " + project.status()
                                    + "; a dispatch needs a project whose agreement is signed or that is active")
                    .with("projectStatus", project.status());
        }
        return project;
    }

    private DispatchView view(Dispatch dispatch) {
        Researcher researcher = Researcher.findById(dispatch.researcherId);
        PartnerSite site = PartnerSite.findById(dispatch.siteId);
        return DispatchView.of(dispatch, researcher, site.code);
    }

    private Dispatch findVisible(UUID id) {
        Dispatch dispatch = Dispatch.found(id);
        caller.requireVisible(dispatch.institutionId, RESOURCE, id);
        return dispatch;
    }
}
