package kr.go.msit.standards.projects.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluator's score and comment. */
@Schema(name = "ScoreRequest")
public record ScoreRequest(
        @NotNull @Min(0) @Max(100) @Schema(example = "84") Integer score,

        @Size(max = 2000) @Schema(example = "표준 기고 실적 우수 / strong standards contributions")
        String comment) {}
