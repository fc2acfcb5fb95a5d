package kr.go.msit.standards.funding.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every balance recomputed from the ledger and the disbursements, against the balances kept; {@code clean} when equal. */
@Schema(name = "Reconciliation")
public record ReconciliationView(
        @Schema(description = "When the check ran (UTC)") Instant checkedAt,

        @Schema(
                description =
                        "True when every kept balance equals the one recomputed from the ledger and the disbursements")
        boolean clean,

        @Schema(description = "Allocations whose award (totalKrw) was recomputed")
        int allocationsChecked,

        @Schema(description = "Budget lines whose recovered, paid and committed balances were recomputed")
        int linesChecked,

        @Schema(description = "Ledger entries in the snapshot the check read")
        long ledgerEntries,

        @Schema(description = "Every balance that does not match; empty when clean")
        List<Difference> differences) {

    /** One balance that does not match what the ledger says. */
    @Schema(name = "ReconciliationDifference")
    public record Difference(
            @Schema(
                    enumeration = {"allocation", "line"},
                    description = "Whether the record is an allocation or a budget line")
            String scope,

            UUID id,

            @Schema(
                    example = "paidKrw",
                    description =
                            "The balance compared: totalKrw, recoveredKrw, paidKrw (ledger), paidKrw (disbursements) or committedKrw")
            String balance,

            @Schema(description = "KRW the record keeps for the balance")
            long keptKrw,

            @Schema(description = "KRW recomputed from the ledger entries or from the disbursements")
            long derivedKrw) {}
}
