package kr.go.msit.standards.projects.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluation as the API shows it. */
@Schema(name = "Evaluation")
public record EvaluationView(
        UUID id,
        String code,
        @Schema(description = "The project evaluated") UUID projectId,
        @Schema(description = "ANNUAL or STAGE") EvaluationKind kind,
        @Schema(description = "The fiscal year evaluated") int fiscalYear,
        EvaluationStatus status,

        @Schema(nullable = true, description = "The evaluators' average; null until decided")
        BigDecimal averageScore,

        @Schema(nullable = true, description = "The average's grade on the program's scale; null until decided")
        String grade,

        @Schema(nullable = true, description = "The panel's decision; null until decided")
        Decision decision,

        @Schema(nullable = true, description = "With CONTINUE_REDUCED: next year's cut, in %; null otherwise")
        Integer reductionPercent,

        @Schema(nullable = true, description = "When it was decided; null until then")
        Instant decidedAt,

        @Schema(description = "The evaluators with their scores and comments")
        List<EvaluatorView> evaluators,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** An evaluator. */
    @Schema(name = "Evaluator")
    public record EvaluatorView(
            @Schema(description = "The evaluator's id within the evaluation")
            UUID id,

            @Schema(
                    nullable = true,
                    description = "Name; null for the project's institution (identities are not " + "shown to it)")
            String name,

            @Schema(nullable = true, description = "The evaluator's institution; null for the project's institution")
            UUID institutionId,

            @Schema(
                    nullable = true,
                    description = "E-mail (personal data: program managers and auditors); null " + "otherwise")
            String email,

            @Schema(nullable = true, description = "Score 0–100; null until scored")
            Integer score,

            @Schema(nullable = true, description = "Comment; null when none")
            String comment) {}

    /** How much of the evaluators a caller sees. */
    enum Disclosure {
        /** Program managers and auditors: everything. */
        FULL,
        /** Other program-wide readers: names and institutions, no e-mail. */
        NO_CONTACT,
        /** The project's institution: scores and comments only. */
        ANONYMOUS
    }

    static EvaluationView of(Evaluation e, Disclosure disclosure) {
        return new EvaluationView(
                e.id,
                e.code,
                e.projectId,
                e.kind,
                e.fiscalYear,
                e.status(),
                e.averageScore,
                e.grade,
                e.decision,
                e.reductionPercent,
                e.decidedAt,
                e.evaluators.stream()
                        .map(v -> new EvaluatorView(
                                v.id,
                                disclosure == Disclosure.ANONYMOUS ? null : v.name,
                                disclosure == Disclosure.ANONYMOUS ? null : v.institutionId,
                                disclosure == Disclosure.FULL ? v.email : null,
                                v.score,
                                v.comment))
                        .toList(),
                e.version,
                e.createdAt,
                e.updatedAt);
    }
}
