package kr.go.msit.standards.funding.report;

import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.funding.allocation.CostCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's money: the award, and per budget line what was requested, approved, paid and what remains. */
@Schema(name = "ProjectFundingReport")
public record ProjectFundingReport(UUID projectId, String projectCode, UUID allocationId, long allocatedKrw,
        long plannedKrw, long requestedKrw, long approvedKrw, long paidKrw, long remainingKrw, List<Line> lines) {

    /** One budget line: amounts by state; remaining is what new requests may still take. */
    @Schema(name = "ProjectFundingReportLine")
    public record Line(int fiscalYear, CostCategory costCategory, long amountKrw, long requestedKrw, long approvedKrw,
            long paidKrw, long remainingKrw) {
    }
}
