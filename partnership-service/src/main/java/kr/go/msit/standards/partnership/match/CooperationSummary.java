package kr.go.msit.standards.partnership.match;

import java.util.List;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cooperation matching at a glance: open needs and offers by technology area, and matches realised in a year. */
@Schema(name = "CooperationSummary")
public record CooperationSummary(
        @Schema(description = "The year realised matches are counted for")
        int year,

        @Schema(description = "Needs OPEN or MATCHED, by technology area")
        List<AreaCount> openNeeds,

        @Schema(description = "Offers open today, by technology area")
        List<AreaCount> openOffers,

        @Schema(description = "Matches realised in the year")
        long realisedMatches) {

    /** How many in one technology area. */
    @Schema(name = "CooperationAreaCount")
    public record AreaCount(
            @Schema(description = "Technology area") TechnologyArea technologyArea,
            @Schema(description = "How many") long count) {}
}
