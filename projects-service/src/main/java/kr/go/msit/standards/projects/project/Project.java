package kr.go.msit.standards.projects.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A funded project (과제), with its state machine. */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID programId;
    public UUID callId;
    public UUID applicationId;
    public int fiscalYear;
    public String titleKo;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public TechnologyArea technologyArea;

    public UUID leadInstitutionId;
    public String piName;
    public String piEmail;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public long awardedTotalKrw;
    public String statusReason;
    public Instant statusChangedAt;
    public UUID partnerAgreementId;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.SELECTED;

    public ProjectStatus status() {
        return status;
    }

    /** Moves the project along its state machine, or refuses with 409 naming the current state. */
    public void apply(ProjectAction action, String reason, Instant now) {
        status = action.transition().apply("project", status, reason);
        statusReason = reason;
        statusChangedAt = now;
    }

    /** Import only: a project brought in from an earlier system may start in any state. */
    void importIn(ProjectStatus initial, Instant now) {
        status = initial;
        statusChangedAt = now;
    }
}
