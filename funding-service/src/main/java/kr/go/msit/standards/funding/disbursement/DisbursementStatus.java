package kr.go.msit.standards.funding.disbursement;

/** requested → approved → paid, or rejected / cancelled. */
public enum DisbursementStatus {
    REQUESTED, APPROVED, PAID, REJECTED, CANCELLED
}
