package kr.go.msit.standards.projects.project;

import static kr.go.msit.standards.projects.project.ReportStatus.ACCEPTED;
import static kr.go.msit.standards.projects.project.ReportStatus.DUE;
import static kr.go.msit.standards.projects.project.ReportStatus.REVISION_REQUESTED;
import static kr.go.msit.standards.projects.project.ReportStatus.SUBMITTED;

import java.util.List;

/** Transitions of a report: due → submitted → accepted, or revision requested → submitted again. */
public enum ReportAction {
    SUBMIT("submit", SUBMITTED, DUE, REVISION_REQUESTED),
    ACCEPT("accept", ACCEPTED, SUBMITTED),
    REQUEST_REVISION("request-revision", REVISION_REQUESTED, SUBMITTED);

    private final String verb;
    private final ReportStatus target;
    private final List<ReportStatus> from;

    ReportAction(String verb, ReportStatus target, ReportStatus... from) {
        this.verb = verb;
        this.target = target;
        this.from = List.of(from);
    }

    public String verb() {
        return verb;
    }

    public ReportStatus target() {
        return target;
    }

    public List<ReportStatus> from() {
        return from;
    }
}
