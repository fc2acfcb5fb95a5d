package kr.go.msit.standards.projects.call;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.projects.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or replace a call for proposals (only while it is a draft). */
@Schema(name = "CallRequest")
public record CallRequest(
        @NotNull UUID programId,

        @NotBlank
        @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE)
        @Schema(example = "KUS-2026-C01")
        String code,

        @NotNull @Min(2000) @Max(2100) @Schema(example = "2026")
        Integer fiscalYear,

        @NotBlank @Size(max = 300) String titleKo,
        @NotBlank @Size(max = 300) String titleEn,

        @Schema(nullable = true, description = "What the call funds, in Korean (shown to partners and aggregators)")
        @Size(max = 4000)
        String descriptionKo,

        @Schema(
                nullable = true,
                description = "What the call funds, in English (a CommonGrants opportunity's description)")
        @Size(max = 4000)
        String descriptionEn,

        @NotNull @Positive @Max(Limits.MAX_KRW) @Schema(example = "10000000000")
        Long budgetCeilingKrw,

        @NotNull @Positive @Max(Limits.MAX_KRW) @Schema(example = "1250000000")
        Long perProjectCapKrw,

        @NotNull @Min(1) @Max(120) @Schema(example = "36") Integer durationMonths,
        @NotEmpty Set<@NotNull Instrument> qualifyingInstruments,
        @NotNull SelectionMode selectionMode,

        @Schema(description = "First day for applications (YYYY-MM-DD, Korea); required before the call opens")
        LocalDate opensOn,

        @Schema(
                description =
                        "Last day for applications (YYYY-MM-DD, Korea, inclusive); required before the call opens")
        LocalDate closesOn,

        @Schema(
                description = "Partner agencies (codes) whose agreements qualify a lead institution; the program's "
                        + "partner agencies when absent; each must be one of them")
        Set<@NotBlank @Pattern(regexp = Limits.AGENCY_CODE_PATTERN, message = Limits.AGENCY_CODE_MESSAGE) String>
                qualifyingAgencies,

        @Schema(description = "DESIGNATED calls only: the institutions (partnership-service ids) the call is for")
        @Size(max = 200)
        Set<@NotNull UUID> designatedInstitutionIds) {}
