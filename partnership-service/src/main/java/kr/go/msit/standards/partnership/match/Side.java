package kr.go.msit.standards.partnership.match;

/** The two sides that accept a match: the Korean institution (its own token) and the partner (an officer records it). */
public enum Side {
    INSTITUTION,
    PARTNER
}
