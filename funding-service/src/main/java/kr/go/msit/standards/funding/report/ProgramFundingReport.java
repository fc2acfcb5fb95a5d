package kr.go.msit.standards.funding.report;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program's money: envelope, appropriations, allocations and payments, by fiscal year and by technology area. */
@Schema(name = "ProgramFundingReport")
public record ProgramFundingReport(UUID programId, String programCode, long envelopeKrw, long appropriatedKrw,
        long allocatedKrw, long paidKrw, List<Year> byFiscalYear, List<Area> byTechnologyArea) {

    @Schema(name = "ProgramFundingReportYear")
    public record Year(int fiscalYear, long appropriationKrw, long plannedKrw, long paidKrw) {
    }

    @Schema(name = "ProgramFundingReportArea")
    public record Area(String technologyArea, int projects, long allocatedKrw, long paidKrw) {
    }
}
