package kr.go.msit.standards.projects.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;

/** A project's reports (연차·최종 보고서): the list with what is overdue today, scheduling, and their state machine. */
@ApplicationScoped
public class ReportService {

    static final String REPORT = "report";

    private final ProjectService projects;
    private final Caller caller;
    private final AuditTrail audit;
    private final ProgramClock clock;

    public ReportService(ProjectService projects, Caller caller, AuditTrail audit, ProgramClock clock) {
        this.projects = projects;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<ReportView> reports(UUID projectId) {
        projects.visible(projectId);
        LocalDate today = clock.today();
        return Report.<Report>list("projectId = ?1 order by dueDate, type, sequence", projectId).stream()
                .map(r -> ReportView.of(r, today))
                .toList();
    }

    /** One report of a project the caller may see; 404 for one of another project. */
    @Transactional
    public ReportView report(UUID projectId, UUID reportId) {
        projects.visible(projectId);
        return ReportView.of(reportOf(projectId, reportId), clock.today());
    }

    private static Report reportOf(UUID projectId, UUID reportId) {
        Report report = Report.findById(reportId);
        if (report == null || !report.projectId.equals(projectId)) {
            throw ProblemException.notFound("report", reportId);
        }
        return report;
    }

    @Transactional
    public ReportView scheduleReport(UUID projectId, ReportRequest request) {
        // under the project's lock: a report is not scheduled for a project closed or terminated meanwhile
        Project project = Project.locked(projectId);
        if (project.status() == ProjectStatus.CLOSED || project.status() == ProjectStatus.TERMINATED) {
            throw ProblemException.illegalTransition(
                    "project",
                    "schedule a report for",
                    project.status(),
                    List.of(
                            ProjectStatus.SELECTED,
                            ProjectStatus.AGREEMENT_SIGNED,
                            ProjectStatus.ACTIVE,
                            ProjectStatus.SUSPENDED,
                            ProjectStatus.COMPLETED));
        }
        // a report is of the project's work: due at its start at the earliest (a report due in 1800 was scheduled)
        if (request.dueDate().isBefore(project.periodStart)) {
            throw ProblemException.businessRule(
                    "report-due-before-project",
                    "dueDate " + request.dueDate() + " is before the project's period starts (" + project.periodStart
                            + ")");
        }
        NaturalKeys.claim("report", projectId + ":" + request.type() + ":" + request.sequence());
        if (Report.count(
                        "projectId = ?1 and type = ?2 and sequence = ?3", projectId, request.type(), request.sequence())
                > 0) {
            throw ProblemException.conflict(
                    "The project already has a " + request.type() + " report number " + request.sequence());
        }
        Report report = Report.create(projectId, request.type(), request.sequence(), request.dueDate());
        report.persistAndFlush();
        ReportView view = ReportView.of(report, clock.today());
        audit.record(REPORT, report.id, projectId, "schedule", null, view);
        return view;
    }

    @Transactional
    public ReportView reportAction(
            UUID projectId, UUID reportId, ReportAction action, String ifMatch, ReportActionRequest request) {
        Project project = projects.visible(projectId);
        // an institution submits its own projects' reports only, whatever other role its token holds
        caller.requireChangeable(project.leadInstitutionId, ProjectService.RESOURCE, projectId, Roles.PROGRAM_MANAGER);
        // the project's lock, then the report's: a submission and the project's closing are taken in turn, and so are
        // two steps of one report at once, each loser answered as a later request is (not a bare 409)
        Project.locked(projectId);
        Report report = Lookups.locked(Report.class, reportOf(projectId, reportId).id, REPORT);
        ETags.requireMatch(ifMatch, report.version);
        if (action == ReportAction.SUBMIT) {
            if (project.status() == ProjectStatus.CLOSED) {
                throw ProblemException.illegalTransition(
                        "project",
                        "submit a report for",
                        project.status(),
                        List.of(ProjectStatus.ACTIVE, ProjectStatus.SUSPENDED, ProjectStatus.COMPLETED));
            }
            if (request.documentReference() == null
                    || request.documentReference().isBlank()) {
                throw ProblemException.invalid(
                        "A submitted report needs its document reference",
                        List.of(new kr.go.msit.standards.platform.problem.Problem.FieldError(
                                "documentReference", "must not be blank")));
            }
        }
        // a revision asked of a closed project could never be submitted, and a completed project's final report is
        // what it completed on: sent back, the project would stand COMPLETED without one (unless another final report,
        // submitted or accepted, stands for it)
        if (action == ReportAction.REQUEST_REVISION) {
            boolean closed = project.status() == ProjectStatus.CLOSED;
            boolean completedOnIt = report.type == ReportType.FINAL
                    && project.status() == ProjectStatus.COMPLETED
                    && Report.count(
                                    "projectId = ?1 and type = ?2 and id <> ?3 and status in ?4",
                                    projectId,
                                    ReportType.FINAL,
                                    report.id,
                                    List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED))
                            == 0;
            if (closed || completedOnIt) {
                throw ProblemException.illegalTransition(
                        "project",
                        "request a revision of the " + report.type + " report of",
                        project.status(),
                        Arrays.stream(ProjectStatus.values())
                                .filter(state -> state != ProjectStatus.CLOSED
                                        && (report.type != ReportType.FINAL || state != ProjectStatus.COMPLETED))
                                .toList());
            }
        }
        return audit.change(
                REPORT,
                report.id,
                projectId,
                action.verb(),
                () -> ReportView.of(report, clock.today()),
                () -> report.apply(action, request.documentReference(), request.note(), clock.now()));
    }
}
