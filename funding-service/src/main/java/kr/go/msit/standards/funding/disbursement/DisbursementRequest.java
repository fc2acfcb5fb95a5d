package kr.go.msit.standards.funding.disbursement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A disbursement to request from a budget line. */
@Schema(name = "DisbursementRequest")
public record DisbursementRequest(
        @NotNull @Schema(description = "The budget line to draw on")
        UUID lineId,

        @NotNull @Positive @Max(1_000_000_000_000_000L) @Schema(example = "50000000")
        Long amountKrw,

        @NotBlank @Size(max = 1000) @Schema(example = "1차년도 인건비 / first-year personnel costs")
        String purpose) {}
