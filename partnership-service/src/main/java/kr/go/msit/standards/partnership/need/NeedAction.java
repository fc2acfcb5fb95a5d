package kr.go.msit.standards.partnership.need;

import static kr.go.msit.standards.partnership.need.NeedStatus.CLOSED;
import static kr.go.msit.standards.partnership.need.NeedStatus.DRAFT;
import static kr.go.msit.standards.partnership.need.NeedStatus.MATCHED;
import static kr.go.msit.standards.partnership.need.NeedStatus.OPEN;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/** What a caller does to a need; MATCHED and REALISED follow its matches. */
public enum NeedAction implements Action<NeedStatus> {
    OPEN_NEED(Transition.of("open", OPEN, DRAFT)),
    /** Withdrawn or lapsed: the reason says which. */
    CLOSE(Transition.of("close", CLOSED, DRAFT, OPEN, MATCHED).withReason());

    private final Transition<NeedStatus> transition;

    NeedAction(Transition<NeedStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<NeedStatus> transition() {
        return transition;
    }
}
