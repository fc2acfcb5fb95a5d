package kr.go.msit.standards.funding.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every balance recomputed from the ledger and the disbursements, against the balances kept; {@code clean} when equal. */
@Schema(name = "Reconciliation")
public record ReconciliationView(Instant checkedAt, boolean clean, int allocationsChecked, int linesChecked,
        long ledgerEntries, List<Difference> differences) {

    /** One balance that does not match what the ledger says. */
    @Schema(name = "ReconciliationDifference")
    public record Difference(@Schema(enumeration = {"allocation", "line"}) String scope, UUID id,
            @Schema(example = "paidKrw") String balance, long keptKrw, long derivedKrw) {
    }
}
