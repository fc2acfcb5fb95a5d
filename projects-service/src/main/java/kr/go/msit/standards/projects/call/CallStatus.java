package kr.go.msit.standards.projects.call;

/** States of a call for proposals (과제 공모). */
public enum CallStatus {
    DRAFT,
    ANNOUNCED,
    OPEN,
    CLOSED,
    UNDER_REVIEW,
    RESULTS_PUBLISHED,
    CANCELLED
}
