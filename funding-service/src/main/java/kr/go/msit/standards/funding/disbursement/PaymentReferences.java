package kr.go.msit.standards.funding.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.problem.ProblemException;

/** The rule that a payment reference (이체 참조번호) is recorded for one payment only, across all budget lines. */
@ApplicationScoped
public class PaymentReferences {

    /**
     * A payment reference identifies one payment, whatever its letters' case ({@code tx-1} is {@code TX-1} typed
     * again; the database's unique index is on {@code upper(payment_reference)} too): one already recorded on another
     * disbursement than {@code id} (even a reversed one) is a 409 {@code payment-reference-used}. Two payments of one
     * reference on different lines hold different locks, so the reference is locked for the transaction first: the
     * second waits for the first to commit and then sees it (without that lock the loser was answered by the unique
     * index, with a bare 409 naming the index).
     */
    public void requireUnused(String reference, UUID id) {
        if (reference == null || reference.isBlank()) {
            return; // the state machine refuses a payment without one
        }
        NaturalKeys.claimIgnoringCase("payment-reference", reference.strip());
        if (Disbursement.count("upper(paymentReference) = upper(?1) and id <> ?2", reference.strip(), id) > 0) {
            throw new ProblemException(
                            409,
                            "payment-reference-used",
                            "Payment reference already used",
                            "Payment reference " + reference.strip() + " already identifies another payment")
                    .with("rule", "payment-reference-used");
        }
    }
}
