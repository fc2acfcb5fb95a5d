package kr.go.msit.standards.partnership.offer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.partnership.need.CooperationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Record a partner unit's offer. */
@Schema(name = "PartnerOfferRequest")
public record OfferRequest(
        @NotNull @Schema(description = "The partner unit offering, e.g. NIST PML")
        UUID unitId,

        @NotBlank @Size(max = 100) @Schema(example = "Jane Doe")
        String contactName,

        @Email @Size(max = 254) @Schema(format = "email", example = "jane.doe@nist.gov")
        String contactEmail,

        @NotBlank @Size(max = 300) @Schema(example = "광시계 비교")
        String topicKo,

        @NotBlank @Size(max = 300) @Schema(example = "Optical clock comparisons")
        String topicEn,

        @NotNull @Schema(example = "QUANTUM") TechnologyArea technologyArea,
        @NotEmpty @Size(max = 5) Set<@NotNull CooperationKind> kinds,

        @NotNull @Schema(example = "2027-12-31", description = "The last day it is open")
        LocalDate openUntil) {}
