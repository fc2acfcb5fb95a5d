package kr.go.msit.standards.funding.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.funding.allocation.CostCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's money: the award, and per budget line what was requested, approved, paid and what remains. */
@Schema(name = "ProjectFundingReport")
public record ProjectFundingReport(
        @Schema(description = "The project (과제) reported on")
        UUID projectId,

        @Schema(description = "Code of the project, e.g. KUS-2025-01")
        String projectCode,

        @Schema(description = "The project's allocation") UUID allocationId,

        @Schema(description = "KRW awarded to the project: the allocation's award (totalKrw)")
        long allocatedKrw,

        @Schema(description = "KRW planned into budget lines: the sum of the lines' amountKrw")
        long plannedKrw,

        @Schema(description = "KRW of disbursements (지급) requested and awaiting approval")
        long requestedKrw,

        @Schema(description = "KRW of disbursements approved and not yet paid")
        long approvedKrw,

        @Schema(description = "KRW paid out, before recoveries (환수)")
        long paidKrw,

        @Schema(description = "KRW of paid amounts recovered (환수); paidKrw minus this is what the project keeps")
        long recoveredKrw,

        @Schema(description = "KRW still open to new requests: plannedKrw minus what is requested, approved or paid")
        long remainingKrw,

        @Schema(description = "Each budget line, by fiscal year and cost category (비목)")
        List<Line> lines,

        @Schema(description = "The project's state in projects-service now (money moves only while it is ACTIVE)")
        String projectStatus,

        @Schema(nullable = true, description = "Since when the project is in that state (UTC)")
        Instant projectStatusSince,

        @Schema(
                description = "Payments recorded while the project was not ACTIVE (by its state history in "
                        + "projects-service, whatever its state now): those that landed in the window between "
                        + "funding-service's check with projects-service and its own commit; each is for an "
                        + "auditor to look at")
        List<PaymentAfterStop> paymentsAfterStop) {

    /** A payment recorded after the project stopped. */
    @Schema(name = "PaymentAfterStop")
    public record PaymentAfterStop(
            @Schema(description = "The disbursement") UUID disbursementId,
            @Schema(description = "Its code") String code,
            @Schema(description = "KRW paid") long amountKrw,

            @Schema(description = "When the payment was recorded (UTC)")
            Instant paidAt,

            @Schema(description = "Transfer reference of the payment")
            String paymentReference) {}

    /** One budget line: amounts by state; remaining is what new requests may still take. */
    @Schema(name = "ProjectFundingReportLine")
    public record Line(
            @Schema(description = "Fiscal year of the line (a calendar year)")
            int fiscalYear,

            @Schema(description = "Cost category (비목); ALL for a line not split by category")
            CostCategory costCategory,

            @Schema(description = "KRW planned on the line") long amountKrw,

            @Schema(description = "KRW of the line's disbursements requested and awaiting approval")
            long requestedKrw,

            @Schema(description = "KRW of the line's disbursements approved and not yet paid")
            long approvedKrw,

            @Schema(description = "KRW paid out from the line, before recoveries")
            long paidKrw,

            @Schema(description = "KRW of the line's paid amounts recovered (환수)")
            long recoveredKrw,

            @Schema(description = "KRW still open to new requests: amountKrw minus what is requested, approved or paid")
            long remainingKrw) {}
}
