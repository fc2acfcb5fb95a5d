package kr.go.msit.standards.projects.call;

import static kr.go.msit.standards.projects.call.CallStatus.ANNOUNCED;
import static kr.go.msit.standards.projects.call.CallStatus.CANCELLED;
import static kr.go.msit.standards.projects.call.CallStatus.CLOSED;
import static kr.go.msit.standards.projects.call.CallStatus.DRAFT;
import static kr.go.msit.standards.projects.call.CallStatus.OPEN;
import static kr.go.msit.standards.projects.call.CallStatus.RESULTS_PUBLISHED;
import static kr.go.msit.standards.projects.call.CallStatus.UNDER_REVIEW;

import java.util.List;

/**
 * The transitions of a call: draft → announced → open → closed → under review → results published; cancelled from
 * any state before results.
 */
public enum CallAction {
    ANNOUNCE("announce", ANNOUNCED, DRAFT),
    OPEN_SUBMISSIONS("open", OPEN, ANNOUNCED),
    CLOSE("close", CLOSED, OPEN),
    START_REVIEW("start-review", UNDER_REVIEW, CLOSED),
    PUBLISH_RESULTS("publish-results", RESULTS_PUBLISHED, UNDER_REVIEW),
    CANCEL("cancel", CANCELLED, DRAFT, ANNOUNCED, OPEN, CLOSED, UNDER_REVIEW);

    private final String verb;
    private final CallStatus target;
    private final List<CallStatus> from;

    CallAction(String verb, CallStatus target, CallStatus... from) {
        this.verb = verb;
        this.target = target;
        this.from = List.of(from);
    }

    public String verb() {
        return verb;
    }

    public CallStatus target() {
        return target;
    }

    public List<CallStatus> from() {
        return from;
    }

    public boolean allowedFrom(CallStatus status) {
        return from.contains(status);
    }
}
