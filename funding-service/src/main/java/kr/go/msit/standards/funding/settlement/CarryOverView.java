package kr.go.msit.standards.funding.settlement;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A carry-over as the API shows it. */
@Schema(name = "CarryOver")
public record CarryOverView(
        UUID id,

        @Schema(description = "The allocation whose budget is carried over (이월)")
        UUID allocationId,

        @Schema(description = "The budget line the unspent amount comes from")
        UUID fromLineId,

        @Schema(description = "The fiscal year it moves to: the year after the source line's")
        int toFiscalYear,

        @Schema(
                nullable = true,
                description =
                        "The line of the same cost category in toFiscalYear that received it; null until approved")
        UUID toLineId,

        @Schema(description = "KRW to carry over, taken from the source line's unspent balance once approved")
        long amountKrw,

        @Schema(description = "Why the requester asks for the carry-over")
        String reason,

        CarryOverStatus status,

        @Schema(description = "Token subject of the finance officer who asked for it (maker)")
        String requestedBy,

        @Schema(
                nullable = true,
                description =
                        "Token subject of the other finance officer who approved or rejected it; null until decided")
        String decidedBy,

        @Schema(nullable = true, description = "Reason given with the decision (required to reject); null when none")
        String decisionReason,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    static CarryOverView of(CarryOver c) {
        return new CarryOverView(
                c.id,
                c.allocationId,
                c.fromLineId,
                c.toFiscalYear,
                c.toLineId,
                c.amountKrw,
                c.reason,
                c.status(),
                c.requestedBy,
                c.decidedBy(),
                c.decisionReason(),
                c.version,
                c.createdAt,
                c.updatedAt);
    }
}
