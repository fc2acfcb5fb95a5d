package kr.go.msit.standards.projects.contribution;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Record a project's contribution to a standards body, at the stage it has reached. */
@Schema(name = "ContributionRequest")
public record ContributionRequest(
        @NotNull @Schema(description = "The project the contribution comes from")
        UUID projectId,

        @NotNull @Schema(description = "The standards body it was submitted to (GET /api/v1/standards-bodies)")
        UUID bodyId,

        @NotBlank @Size(max = 200) @Schema(example = "3GPP TSG RAN WG1", description = "Committee or group")
        String groupName,

        @NotBlank
        @Size(max = 100)
        @Schema(example = "R1-2601234", description = "The document's reference in its body, unique there")
        String documentRef,

        @Size(max = 500) @Schema(example = "7–24 GHz 대역 채널 모델 측정 결과")
        String titleKo,

        @NotBlank @Size(max = 500) @Schema(example = "Channel measurements at 7–24 GHz for TR 38.901")
        String titleEn,

        @NotNull @Schema(example = "TECHNICAL_CONTRIBUTION") ContributionKind kind,

        @Size(max = 200) @Schema(example = "TR 38.901", description = "The work item or document it targets")
        String workItem,

        @Size(max = 20) @Schema(description = "NIST co-authors' names; empty when NIST did not co-author it")
        List<@NotBlank @Size(max = 200) String> nistCoAuthors,

        @NotBlank
        @Size(max = 40)
        @Schema(example = "SUBMITTED", description = "The stage of its body it has reached (usually the first)")
        String stage,

        @NotNull @Schema(example = "2026-02-16", description = "When it reached that stage; not in the future")
        LocalDate stageDate,

        @Size(max = 1000) String note,

        @Size(max = 100)
        @Schema(
                description =
                        "The standard's number, required when the stage is its body's PUBLISHED stage and not read at any other stage")
        String standardNumber,

        @Min(1900)
        @Max(2100)
        @Schema(
                description =
                        "The standard's year at the PUBLISHED stage (the stage date's year when not given); not read at any other stage")
        Integer standardYear) {}
