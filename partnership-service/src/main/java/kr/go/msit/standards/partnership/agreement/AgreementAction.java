package kr.go.msit.standards.partnership.agreement;

import static kr.go.msit.standards.partnership.agreement.AgreementStatus.ACTIVE;
import static kr.go.msit.standards.partnership.agreement.AgreementStatus.DRAFT;
import static kr.go.msit.standards.partnership.agreement.AgreementStatus.EXPIRED;
import static kr.go.msit.standards.partnership.agreement.AgreementStatus.TERMINATED;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/** The transitions of an agreement: draft → active → expired | terminated; a draft can also be terminated. */
public enum AgreementAction implements Action<AgreementStatus> {
    ACTIVATE(Transition.of("activate", ACTIVE, DRAFT)),
    EXPIRE(Transition.of("expire", EXPIRED, ACTIVE)),
    TERMINATE(Transition.of("terminate", TERMINATED, DRAFT, ACTIVE).withReason());

    private final Transition<AgreementStatus> transition;

    AgreementAction(Transition<AgreementStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<AgreementStatus> transition() {
        return transition;
    }
}
