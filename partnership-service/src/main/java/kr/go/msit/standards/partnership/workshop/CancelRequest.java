package kr.go.msit.standards.partnership.workshop;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a workshop is cancelled. */
@Schema(name = "WorkshopCancelRequest")
public record CancelRequest(
        @Size(max = 1000) @Schema(description = "Required") String reason) {}
