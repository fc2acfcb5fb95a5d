package kr.go.msit.standards.partnership.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The successor of an agreement: new dates and document; the parties stay, the instrument may change. */
@Schema(name = "AgreementRenewalRequest")
public record RenewalRequest(
        @Schema(description = "The successor's instrument; the predecessor's when absent")
        Instrument instrument,

        @Size(max = 300) String title,
        @NotNull LocalDate signedOn,
        @NotNull LocalDate effectiveFrom,
        LocalDate expiresOn,
        @Size(max = 300) String documentReference) {}
