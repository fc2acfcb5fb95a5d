package kr.go.msit.standards.funding.disbursement;

/** requested → approved → paid (→ reversed, when the bank returned the transfer), or rejected / cancelled. */
public enum DisbursementStatus {
    REQUESTED,
    APPROVED,
    PAID,
    REJECTED,
    CANCELLED,
    REVERSED
}
