package kr.go.msit.standards.partnership.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispatch to plan: who, under which project, where, why, and when. */
@Schema(name = "DispatchRequest")
public record DispatchRequest(
        @NotNull @Valid ResearcherRequest researcher,

        @NotNull @Schema(description = "The project (projects-service) that funds the dispatch")
        UUID projectId,

        @NotNull @Schema(description = "The partner site, e.g. NIST Boulder a6e05000-0000-4000-8000-000000000002")
        UUID siteId,

        @Schema(
                nullable = true,
                description = "The partner unit hosting the dispatch (GET /api/v1/partner-agencies/{id}/units), a "
                        + "unit of the site's agency, e.g. NIST PML a6e0d000-0000-4000-8000-000000000005")
        UUID hostUnitId,

        @NotBlank
        @Size(max = 200)
        @Schema(
                example = "Time and Frequency Division, Optical Frequency Measurements Group",
                description = "The hosting laboratory, division or group")
        String hostLaboratory,

        @Size(max = 100) String hostContactName,
        @Email @Schema(format = "email") @Size(max = 254) String hostContactEmail,

        @NotBlank @Size(max = 2000) @Schema(example = "광시계 비교 공동실험 / joint optical clock comparison")
        String purpose,

        @NotNull VisaCategory visaCategory,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd) {

    /** The researcher, found by e-mail address or recorded on first dispatch. */
    @Schema(name = "DispatchResearcher")
    public record ResearcherRequest(
            @NotBlank @Size(max = 100) @Schema(example = "이연구")
            String name,

            @NotBlank @Email @Size(max = 254) @Schema(format = "email", example = "lee@kriss.re.kr")
            String email,

            @Size(max = 100) @Schema(example = "Senior researcher")
            String position,

            @NotNull @Schema(description = "The researcher's home institution")
            UUID homeInstitutionId) {}
}
