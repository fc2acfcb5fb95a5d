package kr.go.msit.standards.partnership.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cooperation need as the API shows it. */
@Schema(name = "CooperationNeed")
public record NeedView(
        UUID id,
        String code,

        @Schema(description = "The Korean institution with the need")
        UUID institutionId,

        @Schema(description = "Technology area") TechnologyArea technologyArea,
        @Schema(description = "Topic in Korean") String topicKo,
        @Schema(description = "Topic in English") String topicEn,

        @Schema(nullable = true, description = "What is needed; null when not given")
        String description,

        @Schema(description = "The kind of cooperation asked for")
        CooperationKind kind,

        @Schema(nullable = true, description = "Preferred partner agency; null for any")
        UUID preferredAgencyId,

        @Schema(nullable = true, description = "Preferred partner unit; null for any")
        UUID preferredUnitId,

        @Schema(nullable = true, description = "First day of the wished period; null when open")
        LocalDate wishedFrom,

        @Schema(nullable = true, description = "Last day of the wished period; null when open")
        LocalDate wishedTo,

        NeedStatus status,
        @Schema(nullable = true) String statusReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static NeedView of(CooperationNeed n) {
        return new NeedView(
                n.id,
                n.code,
                n.institutionId,
                n.technologyArea,
                n.topicKo,
                n.topicEn,
                n.description,
                n.kind,
                n.preferredAgencyId,
                n.preferredUnitId,
                n.wishedFrom,
                n.wishedTo,
                n.status(),
                n.statusReason(),
                n.version,
                n.createdAt,
                n.updatedAt);
    }
}
