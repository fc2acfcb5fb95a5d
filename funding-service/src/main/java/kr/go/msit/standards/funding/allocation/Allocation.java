package kr.go.msit.standards.funding.allocation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A project's award (협약 총액) against a program's envelope, split into budget lines. */
@Entity
@Table(name = "allocation")
public class Allocation extends VersionedEntity {

    @Id
    public UUID id;

    public UUID envelopeId;
    public UUID projectId;
    public String projectCode;
    public String technologyArea;
    public UUID leadInstitutionId;
    public long totalKrw;
    public java.time.Instant settledAt;
    public String settledBy;

    /** After settlement (정산) an allocation takes no new lines, requests or carry-overs. */
    public void requireOpen() {
        if (settledAt != null) {
            throw kr.go.msit.standards.platform.problem.ProblemException.businessRule(
                    "allocation-settled",
                    "The allocation of " + projectCode + " was settled on " + settledAt
                            + "; it takes no further changes");
        }
    }

    /** The allocation with this id, or 404. */
    public static Allocation found(UUID id) {
        return Lookups.found(Allocation.findById(id), "allocation", id);
    }
}
