package kr.go.msit.standards.projects.project;

import static kr.go.msit.standards.projects.project.ProjectStatus.ACTIVE;
import static kr.go.msit.standards.projects.project.ProjectStatus.AGREEMENT_SIGNED;
import static kr.go.msit.standards.projects.project.ProjectStatus.CLOSED;
import static kr.go.msit.standards.projects.project.ProjectStatus.COMPLETED;
import static kr.go.msit.standards.projects.project.ProjectStatus.SELECTED;
import static kr.go.msit.standards.projects.project.ProjectStatus.SUSPENDED;
import static kr.go.msit.standards.projects.project.ProjectStatus.TERMINATED;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/**
 * The transitions of a project: selected → agreement signed (협약) → active → completed → closed (after settlement,
 * 정산); active ↔ suspended; terminated (협약 해약) from selected, active or suspended.
 */
public enum ProjectAction implements Action<ProjectStatus> {
    SIGN_AGREEMENT(Transition.of("sign-agreement", AGREEMENT_SIGNED, SELECTED)),
    ACTIVATE(Transition.of("activate", ACTIVE, AGREEMENT_SIGNED)),
    SUSPEND(Transition.of("suspend", SUSPENDED, ACTIVE).withReason()),
    RESUME(Transition.of("resume", ACTIVE, SUSPENDED)),
    COMPLETE(Transition.of("complete", COMPLETED, ACTIVE)),
    CLOSE(Transition.of("close", CLOSED, COMPLETED)),
    TERMINATE(
            Transition.of("terminate", TERMINATED, SELECTED, ACTIVE, SUSPENDED).withReason());

    private final Transition<ProjectStatus> transition;

    ProjectAction(Transition<ProjectStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<ProjectStatus> transition() {
        return transition;
    }
}
