package kr.go.msit.standards.projects.evaluation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Name an evaluator (not of the project's lead or joint institutions). */
@Schema(name = "EvaluatorRequest")
public record EvaluatorRequest(
        @NotBlank @Size(max = 100) @Schema(example = "최평가") String name,

        @NotNull @Schema(description = "The evaluator's institution")
        UUID institutionId,

        @Email @Size(max = 254) @Schema(format = "email", example = "eval@example.ac.kr")
        String email) {}
