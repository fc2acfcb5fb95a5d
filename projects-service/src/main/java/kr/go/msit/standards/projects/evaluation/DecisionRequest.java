package kr.go.msit.standards.projects.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The panel's decision. */
@Schema(name = "EvaluationDecisionRequest")
public record DecisionRequest(
        @NotNull @Schema(example = "CONTINUE_REDUCED") Decision decision,

        @Min(1)
        @Max(99)
        @Schema(nullable = true, example = "20", description = "With CONTINUE_REDUCED only: next year's cut, in %")
        Integer reductionPercent) {}
