package kr.go.msit.standards.partnership.match;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What came of a match. */
@Schema(name = "MatchRealiseRequest")
public record RealiseRequest(
        @NotNull @Schema(example = "DISPATCH") OutcomeKind outcomeKind,

        @NotNull
        @Schema(
                description = "The agreement, dispatch or workshop (partnership-service) or project (projects-service, "
                        + "asked at once); an agreement, dispatch or project must be the need's institution's")
        UUID outcomeId) {}
