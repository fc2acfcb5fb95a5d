package kr.go.msit.standards.funding.disbursement;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A disbursement as the API shows it. */
@Schema(name = "Disbursement")
public record DisbursementView(
        UUID id,
        String code,

        @Schema(description = "The budget line (FundingBudgetLine) the disbursement (지급) draws on")
        UUID lineId,

        @Schema(description = "The allocation the budget line belongs to")
        UUID allocationId,

        @Schema(description = "The funded project (과제) in projects-service")
        UUID projectId,

        @Schema(description = "KRW requested; counts in the line's committedKrw unless rejected or cancelled")
        long amountKrw,

        @Schema(description = "What the money is for, as the requester gave it")
        String purpose,

        DisbursementStatus status,
        @Schema(nullable = true) String statusReason,

        @Schema(description = "Token subject of the requester (maker), who may neither approve nor pay it")
        String requestedBy,

        @Schema(description = "When it was requested (UTC)") Instant requestedAt,

        @Schema(nullable = true, description = "Token subject of the approver (checker); null until approved")
        String approvedBy,

        @Schema(nullable = true, description = "When it was approved (UTC); null until approved")
        Instant approvedAt,

        @Schema(nullable = true, description = "Token subject of who recorded the payment; null until paid")
        String paidBy,

        @Schema(nullable = true, description = "When it was paid (UTC); null until paid")
        Instant paidAt,

        @Schema(nullable = true, description = "Transfer reference of the payment; null until paid")
        String paymentReference,

        @Schema(
                nullable = true,
                description =
                        "Token subject of who reversed the payment (the bank returned it); null " + "unless reversed")
        String reversedBy,

        @Schema(nullable = true, description = "When the payment was reversed (UTC); null unless reversed")
        Instant reversedAt,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    static DisbursementView of(Disbursement d) {
        return new DisbursementView(
                d.id,
                d.code,
                d.lineId,
                d.allocationId,
                d.projectId,
                d.amountKrw,
                d.purpose,
                d.status(),
                d.statusReason(),
                d.requestedBy,
                d.requestedAt,
                d.approvedBy(),
                d.approvedAt(),
                d.paidBy(),
                d.paidAt(),
                d.paymentReference(),
                d.reversedBy(),
                d.reversedAt(),
                d.version,
                d.createdAt,
                d.updatedAt);
    }
}
