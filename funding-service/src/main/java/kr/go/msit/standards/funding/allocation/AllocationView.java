package kr.go.msit.standards.funding.allocation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An allocation with its budget lines and what disbursements have taken of each. */
@Schema(name = "Allocation")
public record AllocationView(
        UUID id,

        @Schema(description = "The program's budget envelope (Budget) the award counts against")
        UUID envelopeId,

        @Schema(description = "The funded project (과제) in projects-service")
        UUID projectId,

        @Schema(description = "Code of the project, e.g. KUS-2025-01")
        String projectCode,

        @Schema(description = "The project's strategic technology area, as recorded when the allocation was made")
        TechnologyArea technologyArea,

        @Schema(description = "The project's lead institution (주관기관)")
        UUID leadInstitutionId,

        @Schema(
                description =
                        "The award (협약 총액) in KRW; lowered by de-obligations, and at settlement (정산) to what was spent")
        long totalKrw,

        @Schema(description = "KRW planned into budget lines: the sum of the lines' amountKrw; never above totalKrw")
        long linesKrw,

        @Schema(description = "KRW taken by disbursements (지급) requested, approved or paid, summed over the lines")
        long committedKrw,

        @Schema(description = "KRW paid out, summed over the lines, before recoveries")
        long paidKrw,

        @Schema(description = "KRW of paid amounts recovered (환수), summed over the lines")
        long recoveredKrw,

        @Schema(description = "Budget lines by fiscal year and cost category (비목)")
        List<LineView> lines,

        @Schema(nullable = true, description = "When the allocation was settled (정산), UTC; null until settled")
        Instant settledAt,

        @Schema(nullable = true, description = "Token subject of who settled it; null until settled")
        String settledBy,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "BudgetLine")
    public record LineView(
            UUID id,

            @Schema(description = "Fiscal year of the line (a calendar year)")
            int fiscalYear,

            @Schema(description = "Cost category (비목); ALL for a line not split by category")
            CostCategory costCategory,

            @Schema(
                    description =
                            "KRW planned on the line; lowered when unspent budget is carried over (이월) or returned (반납)")
            long amountKrw,

            @Schema(description = "KRW taken by disbursements (지급) requested, approved or paid; never above amountKrw")
            long committedKrw,

            @Schema(description = "KRW paid out from the line, before recoveries")
            long paidKrw,

            @Schema(description = "KRW of paid amounts recovered (환수) from the line")
            long recoveredKrw,

            @Schema(description = "KRW still open to new disbursement requests: amountKrw minus committedKrw")
            long remainingKrw,

            long version) {

        public static LineView of(BudgetLine l) {
            return new LineView(
                    l.id,
                    l.fiscalYear,
                    l.costCategory,
                    l.amountKrw,
                    l.committedKrw(),
                    l.paidKrw(),
                    l.recoveredKrw(),
                    l.remainingKrw(),
                    l.version);
        }
    }

    static AllocationView of(Allocation a, List<BudgetLine> lines) {
        return new AllocationView(
                a.id,
                a.envelopeId,
                a.projectId,
                a.projectCode,
                TechnologyArea.valueOf(a.technologyArea),
                a.leadInstitutionId,
                a.totalKrw,
                lines.stream().mapToLong(l -> l.amountKrw).sum(),
                lines.stream().mapToLong(BudgetLine::committedKrw).sum(),
                lines.stream().mapToLong(BudgetLine::paidKrw).sum(),
                lines.stream().mapToLong(BudgetLine::recoveredKrw).sum(),
                lines.stream().map(LineView::of).toList(),
                a.settledAt,
                a.settledBy,
                a.version,
                a.createdAt,
                a.updatedAt);
    }
}
