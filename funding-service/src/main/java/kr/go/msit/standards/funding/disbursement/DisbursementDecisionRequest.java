package kr.go.msit.standards.funding.disbursement;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a disbursement transition. */
@Schema(name = "DisbursementDecisionRequest")
public record DisbursementDecisionRequest(
        @Size(max = 1000) @Schema(description = "Required to reject, cancel or reverse")
        String reason,

        @Size(max = 100) @Schema(description = "Required to pay: the transfer reference")
        String paymentReference) {

    public static final DisbursementDecisionRequest EMPTY = new DisbursementDecisionRequest(null, null);
}
