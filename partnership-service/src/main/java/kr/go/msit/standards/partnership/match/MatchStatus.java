package kr.go.msit.standards.partnership.match;

/** A match's states: PROPOSED until both sides accept it. */
public enum MatchStatus {
    PROPOSED,
    ACCEPTED,
    REALISED,
    DECLINED,
    WITHDRAWN
}
