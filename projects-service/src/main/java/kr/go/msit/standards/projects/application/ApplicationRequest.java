package kr.go.msit.standards.projects.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.projects.project.TechnologyArea;
import kr.go.msit.standards.projects.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or replace an application (only while it is a draft and its call is open). */
@Schema(name = "ApplicationRequest")
public record ApplicationRequest(
        @NotNull UUID callId,
        @NotBlank @Size(max = 300) String titleKo,
        @NotBlank @Size(max = 300) String titleEn,
        @NotNull TechnologyArea technologyArea,

        @NotNull @Schema(description = "Lead institution (주관기관), an institution id of partnership-service")
        UUID leadInstitutionId,

        @Size(max = 20) @Schema(description = "Joint institutions (공동기관)")
        Set<@NotNull UUID> jointInstitutionIds,

        @NotNull @Valid PrincipalInvestigator principalInvestigator,

        @Schema(description = "The partner agreement (MOU/LOI/letter) the application relies on")
        UUID partnerAgreementId,

        @NotEmpty @Size(max = 10) List<@NotNull @Valid BudgetLineRequest> requestedBudget) {

    /** The principal investigator (연구책임자). */
    @Schema(name = "PrincipalInvestigator")
    public record PrincipalInvestigator(
            @NotBlank @Size(max = 100) String name,

            @Email @Size(max = 254) @Schema(format = "email", nullable = true)
            String email) {}

    /** The amount requested for one fiscal year. */
    @Schema(name = "BudgetLine")
    public record BudgetLineRequest(
            @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @NotNull @Positive @Max(Limits.MAX_KRW) Long amountKrw) {}
}
