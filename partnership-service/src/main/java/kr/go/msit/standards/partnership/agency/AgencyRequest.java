package kr.go.msit.standards.partnership.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kr.go.msit.standards.partnership.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner agency to add or change. */
@Schema(name = "PartnerAgencyRequest")
public record AgencyRequest(
        // stored in 20 characters (40 were admitted: a longer one was a 500)
        @NotBlank
        @Pattern(regexp = Limits.AGENCY_CODE_PATTERN, message = Limits.AGENCY_CODE_MESSAGE)
        @Schema(example = "DOE")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "U.S. Department of Energy")
        String nameEn,

        @Size(max = 200) @Schema(example = "미국 에너지부") String nameKo,

        @NotBlank
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 country code")
        @Schema(example = "US")
        String country) {}
