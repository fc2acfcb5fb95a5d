package kr.go.msit.standards.projects.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import kr.go.msit.standards.projects.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or replace a program. */
@Schema(name = "ProgramRequest")
public record ProgramRequest(
        @NotBlank @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE) @Schema(example = "KUS")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "한미 전략기술 선행 표준화 사업")
        String nameKo,

        @NotBlank @Size(max = 200) @Schema(example = "Korea–US Strategic Technology Preemptive Standardization Program")
        String nameEn,

        @NotBlank @Size(max = 200) @Schema(example = "과학기술정보통신부")
        String ministryKo,

        @NotBlank @Size(max = 200) @Schema(example = "Ministry of Science and ICT")
        String ministryEn,

        @Size(max = 200) String divisionKo,
        @Size(max = 200) String divisionEn,

        @NotEmpty @Size(max = 10)
        Set<@NotBlank @Pattern(regexp = Limits.AGENCY_CODE_PATTERN, message = Limits.AGENCY_CODE_MESSAGE) String>
                partnerAgencies,

        @NotNull @Min(2000) @Max(2100) @Schema(example = "2025")
        Integer startYear,

        @NotNull @Min(2000) @Max(2100) @Schema(example = "2029")
        Integer endYear,

        @NotNull @Positive @Max(Limits.MAX_KRW) @Schema(example = "37500000000")
        Long envelopeKrw) {}
