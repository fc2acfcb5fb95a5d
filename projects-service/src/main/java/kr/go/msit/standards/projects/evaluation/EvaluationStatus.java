package kr.go.msit.standards.projects.evaluation;

/** An evaluation's states. */
public enum EvaluationStatus {
    SCHEDULED,
    UNDER_EVALUATION,
    DECIDED
}
