package kr.go.msit.standards.projects.evaluation;

/** An annual evaluation (연차평가) or a stage evaluation (단계평가); a stage evaluation's decision counts first. */
public enum EvaluationKind {
    ANNUAL,
    STAGE
}
