package kr.go.msit.standards.partnership.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agreement to record (as a draft) or to change while it is a draft. */
@Schema(name = "AgreementRequest")
public record AgreementRequest(
        @NotNull UUID institutionId,

        @NotNull @Schema(description = "The partner agency, e.g. NIST a6e0c000-0000-4000-8000-000000000001")
        UUID agencyId,

        @NotNull Instrument instrument,

        @NotBlank @Size(max = 300) @Schema(example = "MOU on research cooperation in quantum metrology")
        String title,

        @Size(max = 200) @Schema(example = "Physical Measurement Laboratory")
        String counterpartLaboratory,

        @Size(max = 200) @Schema(example = "Time and Frequency Division")
        String counterpartDivision,

        @NotNull LocalDate signedOn,
        @NotNull LocalDate effectiveFrom,

        @Schema(description = "Last day in force; absent for an open-ended agreement")
        LocalDate expiresOn,

        @Size(max = 300) @Schema(example = "KRISS-NIST-2024-MOU-03")
        String documentReference) {}
