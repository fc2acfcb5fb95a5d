package kr.go.msit.standards.funding.settlement;

/** requested → approved (the amount moves) | rejected. */
public enum CarryOverStatus {
    REQUESTED,
    APPROVED,
    REJECTED
}
