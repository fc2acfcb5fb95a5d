package kr.go.msit.standards.funding.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fiscal year's appropriation (예산 배정) of a program's envelope. */
@Schema(name = "AppropriationRequest")
public record AppropriationRequest(
        @NotNull @PositiveOrZero @Max(1_000_000_000_000_000L) @Schema(example = "7500000000")
        Long amountKrw) {}
