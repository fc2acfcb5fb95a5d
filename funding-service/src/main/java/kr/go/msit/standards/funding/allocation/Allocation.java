package kr.go.msit.standards.funding.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A project's award (협약 총액) against a program's envelope, split into budget lines. */
@Entity
@Table(name = "allocation")
public class Allocation extends VersionedEntity {

    @Id
    public UUID id;
    @Column(name = "envelope_id")
    public UUID envelopeId;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "project_code")
    public String projectCode;
    @Column(name = "technology_area")
    public String technologyArea;
    @Column(name = "lead_institution_id")
    public UUID leadInstitutionId;
    @Column(name = "total_krw")
    public long totalKrw;
    @Column(name = "settled_at")
    public java.time.Instant settledAt;
    @Column(name = "settled_by")
    public String settledBy;

    /** After settlement (정산) an allocation takes no new lines, requests or carry-overs. */
    public void requireOpen() {
        if (settledAt != null) {
            throw kr.go.msit.standards.platform.problem.ProblemException.businessRule("allocation-settled",
                    "The allocation of " + projectCode + " was settled on " + settledAt + "; it takes no further changes");
        }
    }
}
