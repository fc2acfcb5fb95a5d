package kr.go.msit.standards.funding.budget;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A budget envelope as the API shows it. */
@Schema(name = "Budget")
public record BudgetView(UUID id, UUID programId, String programCode, int firstYear, int lastYear, long envelopeKrw,
        long version) {

    static BudgetView of(BudgetEnvelope b) {
        return new BudgetView(b.id, b.programId, b.programCode, b.firstYear, b.lastYear, b.envelopeKrw, b.version);
    }
}
