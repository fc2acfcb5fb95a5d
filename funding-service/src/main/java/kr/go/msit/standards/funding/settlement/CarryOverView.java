package kr.go.msit.standards.funding.settlement;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A carry-over as the API shows it. */
@Schema(name = "CarryOver")
public record CarryOverView(UUID id, UUID allocationId, UUID fromLineId, int toFiscalYear, UUID toLineId,
        long amountKrw, String reason, CarryOverStatus status, String requestedBy, String decidedBy,
        String decisionReason, long version, Instant createdAt, Instant updatedAt) {

    static CarryOverView of(CarryOver c) {
        return new CarryOverView(c.id, c.allocationId, c.fromLineId, c.toFiscalYear, c.toLineId, c.amountKrw, c.reason,
                c.status(), c.requestedBy, c.decidedBy(), c.decisionReason(), c.version, c.createdAt, c.updatedAt);
    }
}
