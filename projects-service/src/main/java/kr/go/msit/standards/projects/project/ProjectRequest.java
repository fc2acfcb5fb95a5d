package kr.go.msit.standards.projects.project;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.projects.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Import a project selected outside this system (as the 8 projects of 2025 were). Projects selected here are
 * created by selecting their application.
 */
@Schema(name = "ProjectImportRequest")
public record ProjectRequest(
        @NotNull UUID programId,
        UUID callId,

        @NotBlank @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE) @Schema(example = "KUS-2025-09")
        String code,

        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @NotBlank @Size(max = 300) String titleKo,
        @NotBlank @Size(max = 300) String titleEn,
        @NotNull TechnologyArea technologyArea,
        @NotNull UUID leadInstitutionId,
        @Size(max = 100) String principalInvestigatorName,
        @Email @Schema(format = "email") @Size(max = 254) String principalInvestigatorEmail,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,

        @NotNull @Positive @Max(Limits.MAX_KRW) @Schema(example = "1250000000")
        Long awardedTotalKrw,

        @Schema(description = "State to import in; SELECTED when absent")
        ProjectStatus status) {}
