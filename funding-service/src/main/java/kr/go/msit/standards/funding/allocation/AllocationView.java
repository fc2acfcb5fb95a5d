package kr.go.msit.standards.funding.allocation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An allocation with its budget lines and what disbursements have taken of each. */
@Schema(name = "Allocation")
public record AllocationView(UUID id, UUID envelopeId, UUID projectId, String projectCode, String technologyArea,
        UUID leadInstitutionId, long totalKrw, long linesKrw, long committedKrw, long paidKrw, long recoveredKrw,
        List<LineView> lines, Instant settledAt, String settledBy, long version, Instant createdAt, Instant updatedAt) {

    @Schema(name = "BudgetLine")
    public record LineView(UUID id, int fiscalYear, CostCategory costCategory, long amountKrw, long committedKrw,
            long paidKrw, long recoveredKrw, long remainingKrw, long version) {

        public static LineView of(BudgetLine l) {
            return new LineView(l.id, l.fiscalYear, l.costCategory, l.amountKrw, l.committedKrw(), l.paidKrw(),
                    l.recoveredKrw(), l.remainingKrw(), l.version);
        }
    }

    static AllocationView of(Allocation a, List<BudgetLine> lines) {
        return new AllocationView(a.id, a.envelopeId, a.projectId, a.projectCode, a.technologyArea, a.leadInstitutionId,
                a.totalKrw, lines.stream().mapToLong(l -> l.amountKrw).sum(),
                lines.stream().mapToLong(BudgetLine::committedKrw).sum(), lines.stream().mapToLong(BudgetLine::paidKrw).sum(),
                lines.stream().mapToLong(BudgetLine::recoveredKrw).sum(), lines.stream().map(LineView::of).toList(),
                a.settledAt, a.settledBy, a.version, a.createdAt, a.updatedAt);
    }
}
