package kr.go.msit.standards.partnership.match;

/** What came of a match. */
public enum OutcomeKind {
    AGREEMENT,
    DISPATCH,
    WORKSHOP,
    PROJECT
}
