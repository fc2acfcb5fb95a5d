package kr.go.msit.standards.projects.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.projects.application.Application;
import kr.go.msit.standards.projects.application.ApplicationAction;
import kr.go.msit.standards.projects.application.ApplicationStatus;
import kr.go.msit.standards.projects.call.CallAction;
import kr.go.msit.standards.projects.call.CallForProposals;
import kr.go.msit.standards.projects.call.CallStatus;
import org.junit.jupiter.api.Test;

/** The state machines of domain.md, checked exhaustively without a database. */
class StateMachineTest {

    private static final java.time.Instant NOW = java.time.Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void projectTransitionsAreExactlyThoseOfTheDomain() {
        assertEquals(
                Set.of(ProjectStatus.SELECTED, ProjectStatus.ACTIVE, ProjectStatus.SUSPENDED),
                Set.copyOf(ProjectAction.TERMINATE.from()));
        for (ProjectStatus from : ProjectStatus.values()) {
            for (ProjectAction action : ProjectAction.values()) {
                Project project = new Project();
                project.importIn(from, NOW);
                if (action.allowedFrom(from)) {
                    project.apply(action, "reason", NOW);
                    assertEquals(action.target(), project.status());
                } else {
                    ProblemException e =
                            assertThrows(ProblemException.class, () -> project.apply(action, "reason", NOW));
                    assertEquals(409, e.status());
                    assertEquals(from.name(), e.extensions().get("currentState"));
                }
            }
        }
    }

    @Test
    void closedAndTerminatedProjectsAreFinal() {
        for (ProjectStatus terminal : List.of(ProjectStatus.CLOSED, ProjectStatus.TERMINATED)) {
            for (ProjectAction action : ProjectAction.values()) {
                assertEquals(false, action.allowedFrom(terminal), action + " from " + terminal);
            }
        }
    }

    @Test
    void callsCancelOnlyBeforeResults() {
        EnumSet<CallStatus> cancellable = EnumSet.copyOf(CallAction.CANCEL.from());
        assertEquals(EnumSet.complementOf(EnumSet.of(CallStatus.RESULTS_PUBLISHED, CallStatus.CANCELLED)), cancellable);
        LocalDate today = LocalDate.of(2026, 2, 2);
        CallForProposals call = new CallForProposals();
        call.selectionMode = kr.go.msit.standards.projects.call.SelectionMode.OPEN;
        call.apply(CallAction.ANNOUNCE, today);
        // a call opens only with its dates
        assertEquals(
                422,
                assertThrows(ProblemException.class, () -> call.apply(CallAction.OPEN_SUBMISSIONS, today))
                        .status());
        call.opensOn = LocalDate.of(2026, 3, 2);
        call.closesOn = LocalDate.of(2026, 4, 30);
        for (CallAction action : List.of(
                CallAction.OPEN_SUBMISSIONS, CallAction.CLOSE, CallAction.START_REVIEW, CallAction.PUBLISH_RESULTS)) {
            call.apply(action, today.plusMonths(3));
        }
        assertEquals(CallStatus.RESULTS_PUBLISHED, call.status());
        assertEquals(today, call.announcedOn(), "the day of its announcement, not of a later step");
        assertThrows(ProblemException.class, () -> call.apply(CallAction.CANCEL, today));
    }

    /** A call is public from its announcement on; cancelled while a draft, it never is. */
    @Test
    void aCallCancelledAsADraftIsNeverAnnounced() {
        LocalDate today = LocalDate.of(2026, 2, 2);
        CallForProposals draft = new CallForProposals();
        assertFalse(draft.announced());
        draft.apply(CallAction.CANCEL, today);
        assertEquals(CallStatus.CANCELLED, draft.status());
        assertFalse(draft.announced());
        CallForProposals announced = new CallForProposals();
        announced.apply(CallAction.ANNOUNCE, today);
        announced.apply(CallAction.CANCEL, today.plusDays(1));
        assertTrue(announced.announced());
        assertEquals(today, announced.announcedOn());
    }

    @Test
    void applicationsWithdrawOnlyBeforeADecision() {
        assertEquals(
                EnumSet.of(
                        ApplicationStatus.DRAFT,
                        ApplicationStatus.SUBMITTED,
                        ApplicationStatus.ELIGIBILITY_CHECKED,
                        ApplicationStatus.UNDER_REVIEW),
                EnumSet.copyOf(ApplicationAction.WITHDRAW.from()));
        Application application = new Application();
        application.apply(ApplicationAction.SUBMIT, null, NOW);
        application.apply(ApplicationAction.CHECK_ELIGIBILITY, null, NOW);
        application.apply(ApplicationAction.START_REVIEW, null, NOW);
        application.apply(ApplicationAction.REJECT, "낮은 점수", NOW);
        assertEquals(ApplicationStatus.NOT_SELECTED, application.status());
        assertThrows(ProblemException.class, () -> application.apply(ApplicationAction.WITHDRAW, null, NOW));
    }

    @Test
    void aSuspensionNeedsAReason() {
        Project project = new Project();
        project.importIn(ProjectStatus.ACTIVE, NOW);
        ProblemException e = assertThrows(ProblemException.class, () -> project.apply(ProjectAction.SUSPEND, " ", NOW));
        assertEquals(422, e.status());
        assertEquals("reason-required", e.extensions().get("rule"));
        assertEquals(ProjectStatus.ACTIVE, project.status());
    }

    @Test
    void reportsAreScheduledPerYearOfPerformance() {
        UUID id = UUID.randomUUID();
        List<Report> threeYears = Report.scheduleFor(id, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        assertEquals(
                List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 1, 31), LocalDate.of(2028, 2, 29)),
                threeYears.stream().map(r -> r.dueDate).toList());
        assertEquals(
                List.of(ReportType.ANNUAL, ReportType.ANNUAL, ReportType.FINAL),
                threeYears.stream().map(r -> r.type).toList());
        List<Report> tenMonths = Report.scheduleFor(id, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        assertEquals(1, tenMonths.size(), "a project shorter than a year owes only the final report");
    }

    @Test
    void overdueMeansStillOwedAfterTheDueDate() {
        Report report = Report.create(UUID.randomUUID(), ReportType.ANNUAL, 1, LocalDate.of(2026, 1, 31));
        assertEquals(false, report.overdueOn(LocalDate.of(2026, 1, 31)));
        assertEquals(true, report.overdueOn(LocalDate.of(2026, 2, 1)));
        report.apply(ReportAction.SUBMIT, "doc", null, NOW);
        assertEquals(false, report.overdueOn(LocalDate.of(2026, 2, 1)));
    }

    @Test
    void freeTextIsEscapedForLike() {
        ProjectFilter.Sql sql = new ProjectFilter(null, null, null, null, null, null, " 100%_\\ 광시계 ", null).toSql();
        assertEquals("%100\\%\\_\\\\ 광시계%", sql.parameters().get("text"));
    }
}
