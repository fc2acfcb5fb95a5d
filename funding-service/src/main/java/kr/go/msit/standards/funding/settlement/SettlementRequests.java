package kr.go.msit.standards.funding.settlement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of settlement. */
public final class SettlementRequests {

    private SettlementRequests() {}

    /** A recovery (환수) of a disallowed paid amount from a budget line. */
    @Schema(name = "RecoveryRequest")
    public record Recovery(
            @NotNull UUID lineId,
            @NotNull @Positive @Max(1_000_000_000_000_000L) Long amountKrw,

            @NotBlank @Size(max = 1000) @Schema(example = "정산 검토 결과 불인정 경비 / disallowed in the settlement review")
            String reason) {}

    /** A carry-over (이월) of unspent budget from a line to the same category in the next fiscal year. */
    @Schema(name = "CarryOverRequest")
    public record CarryOverRequest(
            @NotNull UUID fromLineId,
            @NotNull @Positive @Max(1_000_000_000_000_000L) Long amountKrw,
            @NotBlank @Size(max = 1000) String reason) {}

    /** A reduction (de-obligation) of an allocation's award before settlement. */
    @Schema(name = "DeobligationRequest")
    public record Deobligation(
            @NotNull @Positive @Max(1_000_000_000_000_000L) Long amountKrw,

            @NotBlank @Size(max = 1000) @Schema(example = "협약 변경에 따른 감액 / award reduced by an agreement change")
            String reason) {}

    /** The decision on a carry-over; a rejection needs a reason. */
    @Schema(name = "CarryOverDecisionRequest")
    public record Decision(@Size(max = 1000) String reason) {

        public static final Decision EMPTY = new Decision(null);
    }
}
