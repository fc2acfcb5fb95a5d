package kr.go.msit.standards.funding.allocation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's award to allocate against its program's envelope. */
@Schema(name = "AllocationRequest")
public record AllocationRequest(
        @NotNull @Schema(description = "The project in projects-service")
        UUID projectId,

        @NotNull @Positive @Max(1_000_000_000_000_000L) @Schema(example = "1250000000")
        Long totalKrw) {}
