package kr.go.msit.standards.partnership.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kr.go.msit.standards.partnership.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Korean research institution to add or change. */
@Schema(name = "InstitutionRequest")
public record InstitutionRequest(
        @NotBlank @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE) @Schema(example = "KASI")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "한국천문연구원")
        String nameKo,

        @NotBlank @Size(max = 200) @Schema(example = "Korea Astronomy and Space Science Institute")
        String nameEn) {}
