package kr.go.msit.standards.projects.call;

import static kr.go.msit.standards.projects.call.CallStatus.ANNOUNCED;
import static kr.go.msit.standards.projects.call.CallStatus.CANCELLED;
import static kr.go.msit.standards.projects.call.CallStatus.CLOSED;
import static kr.go.msit.standards.projects.call.CallStatus.DRAFT;
import static kr.go.msit.standards.projects.call.CallStatus.OPEN;
import static kr.go.msit.standards.projects.call.CallStatus.RESULTS_PUBLISHED;
import static kr.go.msit.standards.projects.call.CallStatus.UNDER_REVIEW;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/**
 * The transitions of a call: draft → announced → open → closed → under review → results published; cancelled from
 * any state before results.
 */
public enum CallAction implements Action<CallStatus> {
    ANNOUNCE(Transition.of("announce", ANNOUNCED, DRAFT)),
    OPEN_SUBMISSIONS(Transition.of("open", OPEN, ANNOUNCED)),
    CLOSE(Transition.of("close", CLOSED, OPEN)),
    START_REVIEW(Transition.of("start-review", UNDER_REVIEW, CLOSED)),
    PUBLISH_RESULTS(Transition.of("publish-results", RESULTS_PUBLISHED, UNDER_REVIEW)),
    CANCEL(Transition.of("cancel", CANCELLED, DRAFT, ANNOUNCED, OPEN, CLOSED, UNDER_REVIEW));

    private final Transition<CallStatus> transition;

    CallAction(Transition<CallStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<CallStatus> transition() {
        return transition;
    }
}
