package kr.go.msit.standards.projects.project;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The descriptive fields of a project that may change after selection; money and period do not change here. */
@Schema(name = "ProjectUpdateRequest")
public record ProjectUpdateRequest(
        @NotBlank @Size(max = 300) String titleKo,
        @NotBlank @Size(max = 300) String titleEn,
        @NotNull TechnologyArea technologyArea,
        @Size(max = 100) String principalInvestigatorName,
        @Email @Schema(format = "email") @Size(max = 254) String principalInvestigatorEmail) {}
