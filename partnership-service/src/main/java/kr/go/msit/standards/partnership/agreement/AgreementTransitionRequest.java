package kr.go.msit.standards.partnership.agreement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of an agreement transition; {@code terminate} needs a reason. */
@Schema(name = "AgreementTransitionRequest")
public record AgreementTransitionRequest(
        @Size(max = 1000) String reason,

        @Schema(description = "For terminate: the day it ends; today when absent")
        LocalDate terminatedOn) {

    public static final AgreementTransitionRequest EMPTY = new AgreementTransitionRequest(null, null);
}
