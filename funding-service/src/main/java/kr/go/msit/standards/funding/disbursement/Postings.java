package kr.go.msit.standards.funding.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import kr.go.msit.standards.funding.allocation.BudgetLine;
import kr.go.msit.standards.funding.ledger.EntryType;
import kr.go.msit.standards.funding.ledger.Ledger;

/**
 * What a disbursement's step posts to its budget line and the ledger: a rejected or cancelled request releases what
 * it held on the line, a payment moves it to paid with a ledger entry, a reversal moves it back with one. The caller
 * holds the line's row lock.
 */
@ApplicationScoped
public class Postings {

    private final Ledger ledger;

    public Postings(Ledger ledger) {
        this.ledger = ledger;
    }

    public void post(DisbursementAction action, Disbursement disbursement, BudgetLine line) {
        switch (action) {
            case REJECT, CANCEL -> line.release(disbursement.amountKrw);
            case PAY -> {
                line.pay(disbursement.amountKrw);
                ledger.append(
                        EntryType.PAY,
                        disbursement.allocationId,
                        line.id,
                        disbursement.id,
                        disbursement.amountKrw,
                        "Payment " + disbursement.paymentReference() + " of " + disbursement.code);
            }
            case REVERSE -> {
                line.reversePayment(disbursement.amountKrw);
                ledger.append(
                        EntryType.REVERSE,
                        disbursement.allocationId,
                        line.id,
                        disbursement.id,
                        disbursement.amountKrw,
                        "Reversal of payment " + disbursement.paymentReference() + " of " + disbursement.code + ": "
                                + disbursement.statusReason());
            }
            default -> {
                // approval changes the disbursement only
            }
        }
    }
}
