package kr.go.msit.standards.projects.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leadership position as the API shows it. */
@Schema(name = "LeadershipPosition")
public record PositionView(
        UUID id,

        @Schema(description = "The project whose researcher holds it")
        UUID projectId,

        @Schema(description = "The standards body") UUID bodyId,
        @Schema(description = "The body's code, e.g. ITU-R") String bodyCode,

        @Schema(description = "The group, e.g. ITU-R SG 3 WP 3K")
        String groupName,

        @Schema(description = "The role held") PositionRole role,
        @Schema(description = "Who holds it") String holderName,
        @Schema(description = "First day") LocalDate startDate,

        @Schema(nullable = true, description = "Last day; null while it lasts")
        LocalDate endDate,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    static PositionView of(LeadershipPosition p, String bodyCode) {
        return new PositionView(
                p.id,
                p.projectId,
                p.bodyId,
                bodyCode,
                p.groupName,
                p.role,
                p.holderName,
                p.startDate,
                p.endDate,
                p.version,
                p.createdAt,
                p.updatedAt);
    }
}
