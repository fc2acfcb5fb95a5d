package kr.go.msit.standards.projects.standards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.go.msit.standards.projects.support.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or replace a standards body and its stage list. */
@Schema(name = "StandardsBodyRequest")
public record StandardsBodyRequest(
        @NotBlank @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE) @Schema(example = "ETSI")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "유럽전기통신표준협회")
        String nameKo,

        @NotBlank @Size(max = 200) @Schema(example = "European Telecommunications Standards Institute")
        String nameEn,

        @NotNull @Schema(example = "REGIONAL") BodyKind kind,

        @NotEmpty
        @Size(max = 50)
        @Schema(
                description = "The stages in the order a work item passes them; terminal stages end it (the one "
                        + "marked PUBLISHED, and off-ramps such as withdrawn)")
        List<@Valid @NotNull StageRequest> stages) {

    /** A stage's code: ISO's harmonized numbers (60) or a name (NOT_ACCEPTED). */
    static final String STAGE_CODE = "[A-Z0-9][A-Z0-9_-]{0,39}";

    /** One stage. */
    @Schema(name = "StandardsStageRequest")
    public record StageRequest(
            @NotBlank
            @Pattern(regexp = STAGE_CODE, message = "must be 1 to 40 upper-case letters, digits, _ or -")
            @Schema(example = "TB_APPROVED")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "기술위원회 승인")
            String nameKo,

            @NotBlank @Size(max = 200) @Schema(example = "Approved by the technical body")
            String nameEn,

            @NotNull @Schema(description = "Ends the work item (published, withdrawn, not accepted, ...)")
            Boolean terminal,

            @Schema(
                    nullable = true,
                    description = "What the indicators count this stage as: WORK_ITEM_ADOPTED (not terminal) or "
                            + "PUBLISHED (terminal); null for any other stage")
            Milestone milestone) {}
}
