package kr.go.msit.standards.partnership.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kr.go.msit.standards.partnership.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A site of a partner agency, where researchers are hosted. */
@Schema(name = "PartnerSiteRequest")
public record SiteRequest(
        @NotBlank @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE) @Schema(example = "BOULDER")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "NIST Boulder laboratories")
        String name,

        @NotBlank @Size(max = 100) @Schema(example = "Boulder")
        String city,

        @Size(max = 100) @Schema(example = "CO") String region) {}
