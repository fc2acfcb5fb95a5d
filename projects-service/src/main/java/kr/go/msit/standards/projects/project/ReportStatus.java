package kr.go.msit.standards.projects.project;

/** Submission status of a report. */
public enum ReportStatus {
    DUE,
    SUBMITTED,
    ACCEPTED,
    REVISION_REQUESTED
}
