package kr.go.msit.standards.projects.outcome;

import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.projects.project.TechnologyArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Outcome indicators (성과지표) of a project or a program, counted from the contribution records (the stage each
 * reached, and when), never typed in: by fiscal year (the calendar year of the stage date), technology area and body.
 */
@Schema(name = "OutcomeReport")
public record OutcomeReport(
        @Schema(description = "PROJECT or PROGRAM: what the report counts")
        String scope,

        @Schema(description = "The project's or program's id")
        UUID id,

        @Schema(description = "The project's or program's code")
        String code,

        @Schema(nullable = true, description = "The fiscal year asked for; null for every year")
        Integer fiscalYear,

        @Schema(description = "The counts over every row") Counts total,

        @Schema(description = "One row per fiscal year, technology area and body with anything to count, in that order")
        List<Row> rows) {

    /** What is counted. */
    @Schema(name = "OutcomeCounts")
    public record Counts(
            @Schema(description = "Contributions submitted (their first recorded stage) in the period")
            long contributionsSubmitted,

            @Schema(description = "Of those, the ones NIST co-authored")
            long nistCoAuthored,

            @Schema(
                    description = "Contributions whose work item was adopted in the period: they reached their "
                            + "body's WORK_ITEM_ADOPTED stage or a later one (publication included), not an off-ramp")
            long workItemsAdopted,

            @Schema(description = "Contributions that reached their body's PUBLISHED stage in the period")
            long standardsPublished,

            @Schema(description = "Leadership positions held in the period (one counts in every year it was held)")
            long positionsHeld,

            @Schema(description = "Joint publications with NIST co-authors published in the period")
            long jointPublications) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(
                    contributionsSubmitted + other.contributionsSubmitted,
                    nistCoAuthored + other.nistCoAuthored,
                    workItemsAdopted + other.workItemsAdopted,
                    standardsPublished + other.standardsPublished,
                    positionsHeld + other.positionsHeld,
                    jointPublications + other.jointPublications);
        }
    }

    /** The counts of one fiscal year, technology area and body. */
    @Schema(name = "OutcomeRow")
    public record Row(
            @Schema(description = "The fiscal year (calendar year) of the stage dates counted")
            int fiscalYear,

            @Schema(description = "The projects' technology area")
            TechnologyArea technologyArea,

            @Schema(nullable = true, description = "The standards body's code; null for publications (no body)")
            String bodyCode,

            @Schema(description = "The counts") Counts counts) {}
}
