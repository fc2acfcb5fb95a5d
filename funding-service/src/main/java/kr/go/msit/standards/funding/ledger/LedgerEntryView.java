package kr.go.msit.standards.funding.ledger;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ledger entry as the API shows it. */
@Schema(name = "LedgerEntry")
public record LedgerEntryView(
        UUID id,

        @Schema(description = "Position in the append-only ledger; grows with every entry, and lists are ordered by it")
        long sequence,

        @Schema(
                description =
                        "Kind of movement: OBLIGATE (award), DEOBLIGATE, PAY (지급), REVERSE, RECOVER (환수), CARRY_OVER (이월), RETURN (반납)")
        EntryType type,

        @Schema(description = "The allocation whose money moved")
        UUID allocationId,

        @Schema(
                nullable = true,
                description = "The budget line concerned; null for a movement of the award as a whole (e.g. OBLIGATE)")
        UUID lineId,

        @Schema(
                nullable = true,
                description = "The disbursement paid (PAY entries); null for movements not tied to a disbursement")
        UUID disbursementId,

        @Schema(description = "KRW moved; always positive, the type gives the direction")
        long amountKrw,

        @Schema(description = "Token subject of who caused the movement (system:seed for seeded entries)")
        String actor,

        @Schema(
                nullable = true,
                description =
                        "X-Request-ID of the request that wrote the entry; null when written outside a request (seed data)")
        String requestId,

        @Schema(description = "Free-text explanation, e.g. the reason given for a recovery")
        String memo,

        @Schema(description = "When the entry was written (UTC)")
        Instant occurredAt) {

    static LedgerEntryView of(LedgerEntry e) {
        return new LedgerEntryView(
                e.id,
                e.seq,
                e.type,
                e.allocationId,
                e.lineId,
                e.disbursementId,
                e.amountKrw,
                e.actor,
                e.requestId,
                e.memo,
                e.occurredAt);
    }
}
