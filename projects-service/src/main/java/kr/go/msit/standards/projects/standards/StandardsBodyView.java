package kr.go.msit.standards.projects.standards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A standards body as the API shows it. */
@Schema(name = "StandardsBody")
public record StandardsBodyView(
        UUID id,
        String code,
        String nameKo,
        String nameEn,

        @Schema(description = "INTERNATIONAL, REGIONAL, INDUSTRY_CONSORTIUM or NATIONAL")
        BodyKind kind,

        @Schema(description = "The stages in the order a work item passes them")
        List<StageView> stages,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** One stage. */
    @Schema(name = "StandardsStage")
    public record StageView(
            @Schema(description = "The stage's code within its body, e.g. 40 (ISO's DIS) or AGREED (3GPP)")
            String code,

            String nameKo,
            String nameEn,

            @Schema(description = "Whether the stage ends the work item (published, or an off-ramp)")
            boolean terminal,

            @Schema(nullable = true, description = "WORK_ITEM_ADOPTED or PUBLISHED; null for other stages")
            Milestone milestone) {}

    static StandardsBodyView of(StandardsBody body) {
        return new StandardsBodyView(
                body.id,
                body.code,
                body.nameKo,
                body.nameEn,
                body.kind,
                body.stages.stream()
                        .map(s -> new StageView(s.code, s.nameKo, s.nameEn, s.terminal, s.milestone))
                        .toList(),
                body.version,
                body.createdAt,
                body.updatedAt);
    }
}
