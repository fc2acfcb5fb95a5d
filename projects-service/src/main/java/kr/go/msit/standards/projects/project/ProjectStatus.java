package kr.go.msit.standards.projects.project;

/** States of a project (과제). */
public enum ProjectStatus {
    SELECTED,
    AGREEMENT_SIGNED,
    ACTIVE,
    SUSPENDED,
    COMPLETED,
    CLOSED,
    TERMINATED
}
