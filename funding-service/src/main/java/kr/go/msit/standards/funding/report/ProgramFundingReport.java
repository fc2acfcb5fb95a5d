package kr.go.msit.standards.funding.report;

import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program's money: envelope, appropriations, allocations and payments, by fiscal year and by technology area. */
@Schema(name = "ProgramFundingReport")
public record ProgramFundingReport(
        @Schema(description = "The program (projects-service) reported on")
        UUID programId,

        @Schema(description = "Code of the program, e.g. KUS")
        String programCode,

        @Schema(description = "The program's total budget envelope over all its fiscal years, in KRW")
        long envelopeKrw,

        @Schema(description = "KRW appropriated, summed over the fiscal years")
        long appropriatedKrw,

        @Schema(description = "KRW awarded to the program's projects: the sum of the allocations' awards")
        long allocatedKrw,

        @Schema(description = "KRW paid out by disbursements (지급) across the program, before recoveries")
        long paidKrw,

        @Schema(description = "KRW of paid amounts recovered (환수) across the program")
        long recoveredKrw,

        @Schema(
                description = "Every fiscal year of the program, in order, and any other year still appropriated "
                        + "(after the program was shortened): the years of its budget")
        List<Year> byFiscalYear,

        @Schema(description = "Each technology area that has an allocation, by area")
        List<Area> byTechnologyArea) {

    @Schema(name = "ProgramFundingReportYear")
    public record Year(
            @Schema(description = "The fiscal year (a calendar year)")
            int fiscalYear,

            @Schema(description = "KRW appropriated for the year; 0 until an appropriation is set")
            long appropriationKrw,

            @Schema(description = "KRW of budget lines in the year, summed over the program's allocations")
            long plannedKrw,

            @Schema(description = "KRW paid out from those lines, before recoveries")
            long paidKrw,

            @Schema(description = "KRW of those lines' paid amounts recovered (환수)")
            long recoveredKrw) {}

    @Schema(name = "ProgramFundingReportArea")
    public record Area(
            @Schema(description = "Strategic technology area (국가전략기술), as recorded on the allocations")
            TechnologyArea technologyArea,

            @Schema(description = "Projects of the area that have an allocation")
            int projects,

            @Schema(description = "KRW awarded to those projects")
            long allocatedKrw,

            @Schema(description = "KRW paid out to those projects, before recoveries")
            long paidKrw,

            @Schema(description = "KRW of those projects' paid amounts recovered (환수)")
            long recoveredKrw) {}
}
