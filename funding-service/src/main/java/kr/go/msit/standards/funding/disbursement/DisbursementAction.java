package kr.go.msit.standards.funding.disbursement;

import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.APPROVED;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.CANCELLED;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.PAID;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.REJECTED;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.REQUESTED;
import static kr.go.msit.standards.funding.disbursement.DisbursementStatus.REVERSED;

import java.util.List;

/** The transitions of a disbursement (지급). */
public enum DisbursementAction {
    APPROVE("approve", APPROVED, REQUESTED),
    REJECT("reject", REJECTED, REQUESTED),
    PAY("pay", PAID, APPROVED),
    CANCEL("cancel", CANCELLED, REQUESTED, APPROVED),
    REVERSE("reverse", REVERSED, PAID);

    private final String verb;
    private final DisbursementStatus target;
    private final List<DisbursementStatus> from;

    DisbursementAction(String verb, DisbursementStatus target, DisbursementStatus... from) {
        this.verb = verb;
        this.target = target;
        this.from = List.of(from);
    }

    public String verb() {
        return verb;
    }

    public DisbursementStatus target() {
        return target;
    }

    public List<DisbursementStatus> from() {
        return from;
    }

    public boolean allowedFrom(DisbursementStatus status) {
        return from.contains(status);
    }
}
