package kr.go.msit.standards.funding.disbursement;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A disbursement as the API shows it. */
@Schema(name = "Disbursement")
public record DisbursementView(UUID id, String code, UUID lineId, UUID allocationId, UUID projectId, long amountKrw,
        String purpose, DisbursementStatus status, String statusReason, String requestedBy, Instant requestedAt,
        String approvedBy, Instant approvedAt, String paidBy, Instant paidAt, String paymentReference, long version,
        Instant createdAt, Instant updatedAt) {

    static DisbursementView of(Disbursement d) {
        return new DisbursementView(d.id, d.code, d.lineId, d.allocationId, d.projectId, d.amountKrw, d.purpose,
                d.status(), d.statusReason(), d.requestedBy, d.requestedAt, d.approvedBy(), d.approvedAt(), d.paidBy(),
                d.paidAt(), d.paymentReference(), d.version, d.createdAt, d.updatedAt);
    }
}
