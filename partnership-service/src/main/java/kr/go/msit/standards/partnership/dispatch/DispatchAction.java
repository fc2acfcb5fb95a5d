package kr.go.msit.standards.partnership.dispatch;

import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.APPROVED;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.CANCELLED;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.COMPLETED;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.CUT_SHORT;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.ON_SITE;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.PLANNED;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/** The transitions of a dispatch, with whether each needs a reason. */
public enum DispatchAction implements Action<DispatchStatus> {
    APPROVE(Transition.of("approve", APPROVED, PLANNED)),
    ARRIVE(Transition.of("arrive", ON_SITE, APPROVED)),
    COMPLETE(Transition.of("complete", COMPLETED, ON_SITE)),
    CUT_SHORT_ACTION(Transition.of("cut-short", CUT_SHORT, ON_SITE).withReason()),
    CANCEL(Transition.of("cancel", CANCELLED, PLANNED, APPROVED).withReason());

    private final Transition<DispatchStatus> transition;

    DispatchAction(Transition<DispatchStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<DispatchStatus> transition() {
        return transition;
    }
}
