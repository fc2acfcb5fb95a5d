package kr.go.msit.standards.partnership.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kr.go.msit.standards.partnership.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisational unit of a partner agency, such as a NIST laboratory. */
@Schema(name = "PartnerUnitRequest")
public record UnitRequest(
        @NotBlank @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE) @Schema(example = "CNST")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Center for Nanoscale Science and Technology")
        String nameEn,

        @Size(max = 200) @Schema(example = "나노과학기술센터") String nameKo) {}
