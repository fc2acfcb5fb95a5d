package kr.go.msit.standards.partnership.match;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A match as the API shows it. */
@Schema(name = "CooperationMatch")
public record MatchView(
        UUID id,
        String code,
        @Schema(description = "The need") UUID needId,
        @Schema(description = "The need's institution") UUID institutionId,
        @Schema(description = "The offer") UUID offerId,
        @Schema(description = "The offer's partner unit") UUID unitId,

        @Schema(nullable = true, description = "When the institution accepted; null until it has")
        Instant institutionAcceptedAt,

        @Schema(nullable = true, description = "When the partner side accepted; null until it has")
        Instant partnerAcceptedAt,

        @Schema(nullable = true, description = "What came of it; null until realised")
        OutcomeKind outcomeKind,

        @Schema(nullable = true, description = "The record that came of it; null until realised")
        UUID outcomeId,

        @Schema(nullable = true, description = "When it was realised; null until then")
        Instant realisedAt,

        MatchStatus status,
        @Schema(nullable = true) String statusReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static MatchView of(CooperationMatch m, UUID institutionId, UUID unitId) {
        return new MatchView(
                m.id,
                m.code,
                m.needId,
                institutionId,
                m.offerId,
                unitId,
                m.institutionAcceptedAt,
                m.partnerAcceptedAt,
                m.outcomeKind,
                m.outcomeId,
                m.realisedAt,
                m.status(),
                m.statusReason(),
                m.version,
                m.createdAt,
                m.updatedAt);
    }
}
