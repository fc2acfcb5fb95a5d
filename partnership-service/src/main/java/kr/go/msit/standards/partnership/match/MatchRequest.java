package kr.go.msit.standards.partnership.match;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Propose pairing a need with an offer. */
@Schema(name = "MatchRequest")
public record MatchRequest(
        @NotNull @Schema(description = "An OPEN or MATCHED need")
        UUID needId,

        @NotNull @Schema(description = "An offer open today")
        UUID offerId) {}
