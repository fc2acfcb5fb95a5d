package kr.go.msit.standards.projects.project;

import kr.go.msit.standards.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;

/** A funded project (과제), with its state machine. */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    @Id
    public UUID id;
    public String code;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "title_ko")
    public String titleKo;
    @Column(name = "title_en")
    public String titleEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "technology_area")
    public TechnologyArea technologyArea;
    @Column(name = "lead_institution_id")
    public UUID leadInstitutionId;
    @Column(name = "pi_name")
    public String piName;
    @Column(name = "pi_email")
    public String piEmail;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "awarded_total_krw")
    public long awardedTotalKrw;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
    @Column(name = "partner_agreement_id")
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
