package kr.go.msit.standards.projects.project;

import static kr.go.msit.standards.projects.project.ProjectStatus.ACTIVE;
import static kr.go.msit.standards.projects.project.ProjectStatus.AGREEMENT_SIGNED;
import static kr.go.msit.standards.projects.project.ProjectStatus.CLOSED;
import static kr.go.msit.standards.projects.project.ProjectStatus.COMPLETED;
import static kr.go.msit.standards.projects.project.ProjectStatus.SELECTED;
import static kr.go.msit.standards.projects.project.ProjectStatus.SUSPENDED;
import static kr.go.msit.standards.projects.project.ProjectStatus.TERMINATED;

import java.util.List;

/**
 * The transitions of a project: selected → agreement signed (협약) → active → completed → closed (after settlement,
 * 정산); active ↔ suspended; terminated (협약 해약) from selected, active or suspended.
 */
public enum ProjectAction {
    SIGN_AGREEMENT("sign-agreement", AGREEMENT_SIGNED, false, SELECTED),
    ACTIVATE("activate", ACTIVE, false, AGREEMENT_SIGNED),
    SUSPEND("suspend", SUSPENDED, true, ACTIVE),
    RESUME("resume", ACTIVE, false, SUSPENDED),
    COMPLETE("complete", COMPLETED, false, ACTIVE),
    CLOSE("close", CLOSED, false, COMPLETED),
    TERMINATE("terminate", TERMINATED, true, SELECTED, ACTIVE, SUSPENDED);

    private final String verb;
    private final ProjectStatus target;
    private final boolean reasonRequired;
    private final List<ProjectStatus> from;

    ProjectAction(String verb, ProjectStatus target, boolean reasonRequired, ProjectStatus... from) {
        this.verb = verb;
        this.target = target;
        this.reasonRequired = reasonRequired;
        this.from = List.of(from);
    }

    public String verb() {
        return verb;
    }

    public ProjectStatus target() {
        return target;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public List<ProjectStatus> from() {
        return from;
    }

    public boolean allowedFrom(ProjectStatus status) {
        return from.contains(status);
    }
}
