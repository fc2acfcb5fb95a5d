package kr.go.msit.standards.projects.application;

/** States of an application. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    ELIGIBILITY_CHECKED,
    UNDER_REVIEW,
    SELECTED,
    NOT_SELECTED,
    WITHDRAWN
}
