package kr.go.msit.standards.partnership.match;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One side accepts a match. */
@Schema(name = "MatchAcceptRequest")
public record AcceptRequest(
        @NotNull
        @Schema(
                description = "INSTITUTION: the need's institution, with its own token; PARTNER: the partner side, "
                        + "recorded by a partnership officer")
        Side side) {}
