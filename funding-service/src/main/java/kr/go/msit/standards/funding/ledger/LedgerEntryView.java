package kr.go.msit.standards.funding.ledger;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ledger entry as the API shows it. */
@Schema(name = "LedgerEntry")
public record LedgerEntryView(UUID id, long sequence, EntryType type, UUID allocationId, UUID lineId,
        UUID disbursementId, long amountKrw, String actor, String requestId, String memo, Instant occurredAt) {

    static LedgerEntryView of(LedgerEntry e) {
        return new LedgerEntryView(e.id, e.seq, e.type, e.allocationId, e.lineId, e.disbursementId, e.amountKrw,
                e.actor, e.requestId, e.memo, e.occurredAt);
    }
}
