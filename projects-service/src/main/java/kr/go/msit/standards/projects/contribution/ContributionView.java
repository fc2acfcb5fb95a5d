package kr.go.msit.standards.projects.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.projects.standards.Milestone;
import kr.go.msit.standards.projects.standards.StandardsBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contribution as the API shows it. */
@Schema(name = "Contribution")
public record ContributionView(
        UUID id,

        @Schema(description = "The project it comes from") UUID projectId,

        @Schema(description = "The project's code, e.g. KUS-2025-04")
        String projectCode,

        @Schema(description = "The standards body") UUID bodyId,
        @Schema(description = "The body's code, e.g. 3GPP") String bodyCode,

        @Schema(description = "Committee or group, e.g. 3GPP TSG RAN WG1")
        String groupName,

        @Schema(description = "The document's reference in its body")
        String documentRef,

        @Schema(nullable = true, description = "Title in Korean; null when not given")
        String titleKo,

        String titleEn,
        @Schema(description = "What the contribution is") ContributionKind kind,

        @Schema(nullable = true, description = "The work item it targets; null when not given")
        String workItem,

        @Schema(nullable = true, description = "The published standard's number; null until published")
        String standardNumber,

        @Schema(nullable = true, description = "The published standard's year; null until published")
        Integer standardYear,

        @Schema(description = "Whether NIST co-authored it (it has NIST co-authors)")
        boolean nistCoAuthored,

        @Schema(description = "NIST co-authors' names") List<String> nistCoAuthors,

        @Schema(description = "The stage of its body it has reached")
        String stage,

        @Schema(description = "When it reached that stage") LocalDate stageDate,

        @Schema(nullable = true, description = "The milestone of the current stage; null for other stages")
        Milestone milestone,

        @Schema(description = "Whether the current stage ends the work item")
        boolean terminal,

        @Schema(description = "The stages it may move to next, in order")
        List<String> nextStages,

        @Schema(description = "Every stage it reached, oldest first; the first is its submission")
        List<StageEventView> stageHistory,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A stage the contribution reached. */
    @Schema(name = "ContributionStageEvent")
    public record StageEventView(
            @Schema(description = "The stage's code") String stage,

            @Schema(description = "When the contribution reached it")
            LocalDate date,

            @Schema(nullable = true, description = "What was said with it; null when nothing")
            String note,

            @Schema(description = "When it was recorded (UTC)")
            Instant recordedAt) {}

    static ContributionView of(Contribution c, String projectCode, StandardsBody body) {
        var stage = body.stage(c.stageCode).orElseThrow();
        return new ContributionView(
                c.id,
                c.projectId,
                projectCode,
                c.bodyId,
                body.code,
                c.groupName,
                c.documentRef,
                c.titleKo,
                c.titleEn,
                c.kind,
                c.workItem,
                c.standardNumber,
                c.standardYear,
                !c.nistCoAuthors.isEmpty(),
                List.copyOf(c.nistCoAuthors),
                c.stageCode,
                c.stageDate,
                stage.milestone,
                stage.terminal,
                body.nextStages(c.stageCode),
                c.stages.stream()
                        .map(e -> new StageEventView(e.stageCode, e.stageDate, e.note, e.recordedAt))
                        .toList(),
                c.version,
                c.createdAt,
                c.updatedAt);
    }
}
