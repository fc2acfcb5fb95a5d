package kr.go.msit.standards.projects.project;

/** Kinds of project report: annual (연차), stage (단계), final (최종). */
public enum ReportType {
    ANNUAL,
    STAGE,
    FINAL
}
