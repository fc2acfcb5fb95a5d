package kr.go.msit.standards.projects.project;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Projects counted by state and by technology area, with the KRW awarded; for dashboards. */
@Schema(name = "ProjectSummary")
public record ProjectSummaryView(
        @Schema(description = "The program counted, or null for all programs", nullable = true)
        UUID programId,

        @Schema(description = "Projects counted") long projects,

        @Schema(description = "KRW awarded to them, in total")
        long awardedTotalKrw,

        @Schema(description = "Every state, with zero where there is none")
        List<ByStatus> byStatus,

        @Schema(description = "Every technology area, with zero where there is none")
        List<ByArea> byTechnologyArea) {

    @Schema(name = "ProjectCountByStatus")
    public record ByStatus(
            ProjectStatus status,
            @Schema(description = "Projects in this state") long projects,

            @Schema(description = "KRW awarded to them, in total")
            long awardedTotalKrw) {}

    @Schema(name = "ProjectCountByTechnologyArea")
    public record ByArea(
            @Schema(description = "Strategic technology area (국가전략기술)")
            TechnologyArea technologyArea,

            @Schema(description = "Projects in this area") long projects,

            @Schema(description = "KRW awarded to them, in total")
            long awardedTotalKrw) {}
}
