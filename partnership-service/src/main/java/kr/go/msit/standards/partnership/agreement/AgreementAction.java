package kr.go.msit.standards.partnership.agreement;

import static kr.go.msit.standards.partnership.agreement.AgreementStatus.ACTIVE;
import static kr.go.msit.standards.partnership.agreement.AgreementStatus.DRAFT;
import static kr.go.msit.standards.partnership.agreement.AgreementStatus.EXPIRED;
import static kr.go.msit.standards.partnership.agreement.AgreementStatus.TERMINATED;

import java.util.List;

/** The transitions of an agreement: draft → active → expired | terminated; a draft can also be terminated. */
public enum AgreementAction {
    ACTIVATE("activate", ACTIVE, DRAFT),
    EXPIRE("expire", EXPIRED, ACTIVE),
    TERMINATE("terminate", TERMINATED, DRAFT, ACTIVE);

    private final String verb;
    private final AgreementStatus target;
    private final List<AgreementStatus> from;

    AgreementAction(String verb, AgreementStatus target, AgreementStatus... from) {
        this.verb = verb;
        this.target = target;
        this.from = List.of(from);
    }

    public String verb() {
        return verb;
    }

    public AgreementStatus target() {
        return target;
    }

    public List<AgreementStatus> from() {
        return from;
    }

    public boolean allowedFrom(AgreementStatus status) {
        return from.contains(status);
    }
}
