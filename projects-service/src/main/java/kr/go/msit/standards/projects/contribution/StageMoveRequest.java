package kr.go.msit.standards.projects.contribution;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contribution reached a further stage of its body. */
@Schema(name = "StageMoveRequest")
public record StageMoveRequest(
        @NotBlank @Size(max = 40) @Schema(example = "AGREED", description = "A stage of the contribution's body")
        String stage,

        @NotNull @Schema(example = "2026-05-22", description = "When it reached the stage; not in the future")
        LocalDate date,

        @Size(max = 1000) String note,

        @Size(max = 100)
        @Schema(
                example = "3GPP TR 38.901 V19.1.0",
                description =
                        "The standard's number, required when the stage is its body's PUBLISHED stage and not read at any other stage")
        String standardNumber,

        @Min(1900)
        @Max(2100)
        @Schema(
                description =
                        "The standard's year at the PUBLISHED stage (the stage date's year when not given); not read at any other stage")
        Integer standardYear) {}
