package kr.go.msit.standards.projects.contribution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.projects.standards.StandardsBody;

/**
 * A project's contribution (표준 기고/제안) to a standards body, and the stages it reached there. Its stage machine is
 * its body's stage list: it moves only forward (skipping allowed) or to a terminal stage, never back and never out
 * of a terminal stage, each move dated no earlier than the one before.
 */
@Entity
@Table(name = "contribution")
public class Contribution extends VersionedEntity {

    @Id
    public UUID id;

    public UUID projectId;
    public UUID bodyId;
    public String groupName;
    public String documentRef;
    public String titleKo;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public ContributionKind kind;

    public String workItem;
    public String standardNumber;
    public Integer standardYear;
    public String stageCode;
    public LocalDate stageDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contribution_nist_coauthor", joinColumns = @JoinColumn(name = "contribution_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> nistCoAuthors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contribution_stage_event", joinColumns = @JoinColumn(name = "contribution_id"))
    @OrderColumn(name = "seq")
    public List<StageEvent> stages = new ArrayList<>();

    /**
     * Moves the contribution to {@code stage} of {@code body} on {@code date}: 422 {@code stage-of-another-body} for
     * a stage its body does not have, 409 {@code illegal-transition} (with {@code currentState}) backwards or out of
     * a terminal stage, 422 {@code stage-date-order} before the date of the stage it is at.
     */
    void moveTo(StandardsBody body, String stage, LocalDate date, String note, String by, Instant at) {
        if (body.stage(stage).isEmpty()) {
            throw ProblemException.businessRule(
                    "stage-of-another-body", body.code + " has no stage " + stage + "; its stages: " + codes(body));
        }
        if (!body.mayMove(stageCode, stage)) {
            throw ProblemException.illegalTransition(
                    "move",
                    stageCode,
                    "A contribution at " + body.code + " stage " + stageCode + " cannot move to " + stage
                            + "; it may move to " + body.nextStages(stageCode)
                            + " (forward, or to a terminal stage; never out of a terminal one)");
        }
        if (date.isBefore(stageDate)) {
            throw ProblemException.businessRule(
                    "stage-date-order",
                    "The date " + date + " is before " + stageDate + ", when the contribution reached " + stageCode);
        }
        record(stage, date, note, by, at);
    }

    /** Records the stage reached (the first one at creation). */
    void record(String stage, LocalDate date, String note, String by, Instant at) {
        stages.add(new StageEvent(stage, date, note, by, at));
        stageCode = stage;
        stageDate = date;
    }

    private static List<String> codes(StandardsBody body) {
        return body.stages.stream().map(s -> s.code).toList();
    }

    /** The contribution with this id, or 404. */
    public static Contribution found(UUID id) {
        return Lookups.found(Contribution.findById(id), "contribution", id);
    }

    /** The contribution, locked for a change, with this id, or 404. */
    public static Contribution locked(UUID id) {
        return Lookups.locked(Contribution.class, id, "contribution");
    }
}
