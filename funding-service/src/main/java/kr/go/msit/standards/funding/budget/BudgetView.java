package kr.go.msit.standards.funding.budget;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A budget envelope as the API shows it. */
@Schema(name = "Budget")
public record BudgetView(UUID id, UUID programId, String programCode, int firstYear, int lastYear, long envelopeKrw,
        @Schema(description = "Sum of the fiscal years' appropriations") long appropriatedKrw,
        @Schema(description = "Sum of the allocations' awards") long allocatedKrw,
        List<YearView> years, long version) {

    /** A fiscal year: its appropriation and the budget lines planned in it across the program's allocations. */
    @Schema(name = "BudgetYear")
    public record YearView(int fiscalYear, long appropriationKrw, long plannedKrw) {
    }

    static BudgetView of(BudgetEnvelope b, long allocatedKrw, List<YearView> years) {
        return new BudgetView(b.id, b.programId, b.programCode, b.firstYear, b.lastYear, b.envelopeKrw,
                b.appropriatedKrw(), allocatedKrw, years, b.version);
    }
}
