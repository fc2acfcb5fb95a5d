package kr.go.msit.standards.funding.disbursement;

import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.APPROVED;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.CANCELLED;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.PAID;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.REJECTED;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.REQUESTED;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.REVERSED;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/** The transitions of a disbursement (지급). */
public enum DisbursementAction implements Action<DisbursementStatus> {
    APPROVE(Transition.of("approve", APPROVED, REQUESTED)),
    REJECT(Transition.of("reject", REJECTED, REQUESTED).withReason()),
    PAY(Transition.of("pay", PAID, APPROVED)),
    CANCEL(Transition.of("cancel", CANCELLED, REQUESTED, APPROVED).withReason()),
    REVERSE(Transition.of("reverse", REVERSED, PAID).withReason());

    private final Transition<DisbursementStatus> transition;

    DisbursementAction(Transition<DisbursementStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<DisbursementStatus> transition() {
        return transition;
    }
}
