package kr.go.msit.standards.projects.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schedule an evaluation. */
@Schema(name = "EvaluationRequest")
public record EvaluationRequest(
        @NotNull @Schema(description = "The project evaluated")
        UUID projectId,

        @NotNull @Schema(example = "ANNUAL") EvaluationKind kind,

        @NotNull @Min(2000) @Max(2100) @Schema(example = "2026", description = "The fiscal year evaluated")
        Integer fiscalYear) {}
