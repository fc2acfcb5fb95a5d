package kr.go.msit.standards.funding.budget;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A budget envelope as the API shows it. */
@Schema(name = "Budget")
public record BudgetView(
        UUID id,

        @Schema(description = "The program (projects-service) the envelope belongs to")
        UUID programId,

        @Schema(description = "Code of the program, e.g. KUS")
        String programCode,

        @Schema(description = "First fiscal year of the envelope")
        int firstYear,

        @Schema(description = "Last fiscal year of the envelope")
        int lastYear,

        @Schema(description = "The program's total budget envelope over all its fiscal years, in KRW")
        long envelopeKrw,

        @Schema(description = "Sum of the fiscal years' appropriations")
        long appropriatedKrw,

        @Schema(description = "Sum of the allocations' awards")
        long allocatedKrw,

        @Schema(
                description = "Every fiscal year from firstYear to lastYear, in order, and any other year still "
                        + "appropriated (after the program was shortened), so that it can be lowered")
        List<YearView> years,

        long version) {

    /** A fiscal year: its appropriation and the budget lines planned in it across the program's allocations. */
    @Schema(name = "BudgetYear")
    public record YearView(
            @Schema(description = "The fiscal year (a calendar year)")
            int fiscalYear,

            @Schema(description = "KRW appropriated for the year; 0 until an appropriation is set")
            long appropriationKrw,

            @Schema(
                    description =
                            "KRW of budget lines in the year, summed over the program's allocations; never above appropriationKrw")
            long plannedKrw) {}

    static BudgetView of(BudgetEnvelope b, long allocatedKrw, List<YearView> years) {
        return new BudgetView(
                b.id,
                b.programId,
                b.programCode,
                b.firstYear,
                b.lastYear,
                b.envelopeKrw,
                b.appropriatedKrw(),
                allocatedKrw,
                years,
                b.version);
    }
}
