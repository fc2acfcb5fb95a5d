package kr.go.msit.standards.partnership.need;

/** A need's states: MATCHED while it has an accepted match, REALISED once a match is realised. */
public enum NeedStatus {
    DRAFT,
    OPEN,
    MATCHED,
    REALISED,
    CLOSED
}
