package kr.go.msit.standards.projects.project;

import static kr.go.msit.standards.projects.project.ReportStatus.ACCEPTED;
import static kr.go.msit.standards.projects.project.ReportStatus.DUE;
import static kr.go.msit.standards.projects.project.ReportStatus.REVISION_REQUESTED;
import static kr.go.msit.standards.projects.project.ReportStatus.SUBMITTED;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/** Transitions of a report: due → submitted → accepted, or revision requested → submitted again. */
public enum ReportAction implements Action<ReportStatus> {
    SUBMIT(Transition.of("submit", SUBMITTED, DUE, REVISION_REQUESTED)),
    ACCEPT(Transition.of("accept", ACCEPTED, SUBMITTED)),
    REQUEST_REVISION(Transition.of("request-revision", REVISION_REQUESTED, SUBMITTED));

    private final Transition<ReportStatus> transition;

    ReportAction(Transition<ReportStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<ReportStatus> transition() {
        return transition;
    }
}
