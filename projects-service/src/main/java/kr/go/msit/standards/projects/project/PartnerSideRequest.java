package kr.go.msit.standards.projects.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partner (NIST) side of a project, checked with partnership-service. */
@Schema(name = "PartnerSideRequest")
public record PartnerSideRequest(
        @NotNull
        @Schema(
                description =
                        "The partner agency (GET /api/v1/partner-agencies), e.g. NIST a6e0c000-0000-4000-8000-000000000001")
        UUID agencyId,

        @Size(max = 10)
        @Schema(description = "The agency's units the project works with (GET /api/v1/partner-agencies/{id}/units)")
        Set<@NotNull UUID> unitIds,

        @Size(max = 200) @Schema(example = "Time and Frequency Division", description = "Division or group")
        String division,

        @Size(max = 20) @Schema(description = "The people on the partner side")
        List<@Valid @NotNull CounterpartRequest> counterparts,

        @Schema(
                nullable = true,
                description = "The agreement the project relies on: the lead institution's, with this agency; null "
                        + "keeps the one recorded at selection")
        UUID agreementId) {

    /** A person on the partner side. */
    @Schema(name = "CounterpartRequest")
    public record CounterpartRequest(
            @NotBlank @Size(max = 100) @Schema(example = "Jane Doe")
            String name,

            @Email @Size(max = 254) @Schema(format = "email", example = "jane.doe@nist.gov")
            String email,

            @Schema(nullable = true, description = "The unit they work in, one of unitIds")
            UUID unitId) {}
}
