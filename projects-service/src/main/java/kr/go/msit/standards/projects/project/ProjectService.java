package kr.go.msit.standards.projects.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.client.Dependencies;
import kr.go.msit.standards.platform.paging.Cursors;
import kr.go.msit.standards.platform.paging.PagePosition;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.client.FundingCalls;
import kr.go.msit.standards.projects.client.FundingFacts;
import kr.go.msit.standards.projects.evaluation.EvaluationService;

/**
 * Projects: lists, descriptive updates and the state machine (how they come to be: {@link ProjectIntake}; their
 * reports: {@link ReportService}).
 */
@ApplicationScoped
public class ProjectService {

    static final String RESOURCE = "project";

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final ProgramClock clock;
    private final Cursors cursors;
    private final ProjectAccess access;
    private final FundingCalls funding;

    public ProjectService(
            EntityManager em,
            Caller caller,
            AuditTrail audit,
            Cursors cursors,
            ProgramClock clock,
            ProjectAccess access,
            FundingCalls funding) {
        this.access = access;
        this.funding = funding;
        this.em = em;
        this.cursors = cursors;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A page of projects by code: by {@code page} (OFFSET), or after a cursor from a previous page's {@code next},
     * which reads only the rows it returns and reuses the total counted on the first page.
     */
    @Transactional
    public PageView<ProjectView> list(ProjectFilter requested, PageRequest page, String after) {
        PagePosition position = cursors.position(page, after);
        // an institution lists the projects it leads only
        Caller.ListScope narrowed = caller.listScope(requested.leadInstitutionId());
        if (narrowed.nothing()) {
            return PageView.empty(page);
        }
        ProjectFilter filter = requested.withLeadInstitution(narrowed.institutionId());
        ProjectFilter.Sql sql = filter.toSql();
        Query select = em.createNativeQuery(
                position.cursor().isPresent() ? sql.selectAfter(page.size()) : sql.select(page.size(), page.offset()),
                Project.class);
        sql.parameters().forEach(select::setParameter);
        position.cursor().ifPresent(c -> select.setParameter("after", c.key()));
        @SuppressWarnings("unchecked")
        List<Project> projects = select.getResultList();
        long total = position.total(() -> {
            Query count = em.createNativeQuery(sql.count(), Long.class);
            sql.parameters().forEach(count::setParameter);
            return ((Number) count.getSingleResult()).longValue();
        });
        return position.page(
                projects.stream().map(this::view).toList(),
                total,
                projects.isEmpty() ? null : projects.get(projects.size() - 1).code);
    }

    @Transactional
    public ProjectView get(UUID id) {
        return view(findVisible(id));
    }

    /**
     * The project's history with its reports', outputs' and evaluations' changes; the evaluations' (who evaluates,
     * their scores and comments) only for those who read an evaluation's history, a program manager and an auditor.
     */
    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        boolean evaluations = caller.has(Roles.PROGRAM_MANAGER) || caller.has(Roles.AUDITOR);
        return audit.history(id, page, evaluations ? Set.of() : Set.of(EvaluationService.RESOURCE));
    }

    public UUID projectOfApplication(UUID applicationId) {
        List<UUID> ids = em.createQuery("select p.id from Project p where p.applicationId = :application", UUID.class)
                .setParameter("application", applicationId)
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Transactional
    public ProjectView update(UUID id, String ifMatch, ProjectUpdateRequest request) {
        Project project = Project.locked(id);
        ETags.requireMatch(ifMatch, project.version);
        ProjectView before = ProjectView.of(project);
        if (project.status() == ProjectStatus.CLOSED || project.status() == ProjectStatus.TERMINATED) {
            throw ProblemException.illegalTransition(
                    "project",
                    "edit",
                    project.status(),
                    List.of(
                            ProjectStatus.SELECTED,
                            ProjectStatus.AGREEMENT_SIGNED,
                            ProjectStatus.ACTIVE,
                            ProjectStatus.SUSPENDED,
                            ProjectStatus.COMPLETED));
        }
        project.titleKo = request.titleKo().strip();
        project.titleEn = request.titleEn().strip();
        project.technologyArea = request.technologyArea();
        project.piName = request.principalInvestigatorName();
        project.piEmail = request.principalInvestigatorEmail();
        project.persistAndFlush();
        ProjectView after = ProjectView.of(project);
        audit.record(RESOURCE, project.id, project.programId, "update", before, after, ProjectView.of(project, true));
        return after;
    }

    @Transactional
    public ProjectView transition(UUID id, ProjectAction action, String ifMatch, TransitionRequest request) {
        if (action == ProjectAction.COMPLETE || action == ProjectAction.CLOSE) {
            // each has rules of its own: complete() and close()
            throw new IllegalArgumentException(action + " is a step with rules of its own");
        }
        Project project = Project.locked(id);
        ETags.requireMatch(ifMatch, project.version);
        return move(project, action, request);
    }

    /** ACTIVE → COMPLETED, once its final report (최종보고서) is submitted. */
    @Transactional
    public ProjectView complete(UUID id, String ifMatch, TransitionRequest request) {
        Project project = Project.locked(id);
        ETags.requireMatch(ifMatch, project.version);
        if (ProjectAction.COMPLETE.allowedFrom(project.status())) {
            long finalSubmitted = Report.count(
                    "projectId = ?1 and type = ?2 and status in ?3",
                    project.id,
                    ReportType.FINAL,
                    List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED));
            if (finalSubmitted == 0) {
                throw ProblemException.businessRule(
                        "final-report-missing", "A project completes only after its final report (최종보고서) is submitted");
            }
        }
        return move(project, ProjectAction.COMPLETE, request);
    }

    /**
     * COMPLETED → CLOSED, after settlement (정산): funding-service must say that the project's allocation is settled,
     * or that it allocated the project nothing (asked before the lock; 503 when it cannot answer). A settled
     * allocation stays settled, so the answer cannot turn while the lock is awaited.
     */
    @Transactional
    public ProjectView close(UUID id, String ifMatch, TransitionRequest request) {
        boolean settled = false;
        if (ProjectAction.CLOSE.allowedFrom(Project.found(id).status())) {
            requireSettled(id);
            settled = true;
        }
        Project project = Project.locked(id);
        ETags.requireMatch(ifMatch, project.version);
        if (!settled && ProjectAction.CLOSE.allowedFrom(project.status())) {
            // completed while the lock was awaited: asked now, under the lock (a rare race, not the common path)
            requireSettled(id);
        }
        return move(project, ProjectAction.CLOSE, request);
    }

    private void requireSettled(UUID id) {
        Optional<FundingFacts.Allocation> allocation =
                Dependencies.call(FundingCalls.DEPENDENCY, "the project's settlement", () -> funding.allocationOf(id));
        if (allocation.isPresent() && allocation.get().settledAt() == null) {
            throw ProblemException.businessRule(
                            "settlement-pending",
                            "A project closes after settlement (정산): settle its allocation in funding-service first")
                    .with("allocationId", allocation.get().id().toString());
        }
    }

    private ProjectView move(Project project, ProjectAction action, TransitionRequest request) {
        ProjectView before = ProjectView.of(project);
        project.apply(action, request == null ? null : request.reason(), clock.now());
        project.persistAndFlush();
        ProjectView after = ProjectView.of(project);
        audit.record(
                RESOURCE, project.id, project.programId, action.verb(), before, after, ProjectView.of(project, true));
        return after;
    }

    /** The project as this caller may see it (see {@link ProjectAccess#view}). */
    public ProjectView view(Project project) {
        return access.view(project);
    }

    /** The project, or 404 when it does not exist or is led by another institution than the caller's. */
    public Project visible(UUID id) {
        return findVisible(id);
    }

    private Project findVisible(UUID id) {
        Project project = Project.found(id);
        caller.requireVisible(project.leadInstitutionId, RESOURCE, id);
        return project;
    }
}
