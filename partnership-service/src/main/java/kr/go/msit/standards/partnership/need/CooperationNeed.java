package kr.go.msit.standards.partnership.need;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;

/** A Korean institution's need for cooperation with a partner agency (협력 수요). */
@Entity
@Table(name = "cooperation_need")
public class CooperationNeed extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID institutionId;

    @Enumerated(EnumType.STRING)
    public TechnologyArea technologyArea;

    public String topicKo;
    public String topicEn;
    public String description;

    @Enumerated(EnumType.STRING)
    public CooperationKind kind;

    public UUID preferredAgencyId;
    public UUID preferredUnitId;
    public LocalDate wishedFrom;
    public LocalDate wishedTo;

    @Enumerated(EnumType.STRING)
    private NeedStatus status = NeedStatus.DRAFT;

    private String statusReason;

    public NeedStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public void apply(NeedAction action, String reason) {
        status = action.transition().apply("cooperation need", status, reason);
        statusReason = Transition.reasonOf(reason);
    }

    /** A match of this need was accepted by both sides. */
    public void matched() {
        if (status == NeedStatus.OPEN) {
            status = NeedStatus.MATCHED;
        }
    }

    /** Its last accepted match was withdrawn: it is open again. */
    public void unmatched() {
        if (status == NeedStatus.MATCHED) {
            status = NeedStatus.OPEN;
        }
    }

    /** A match of this need was realised (an open or matched need only: a closed one stays closed). */
    public void realised() {
        if (status == NeedStatus.OPEN || status == NeedStatus.MATCHED) {
            status = NeedStatus.REALISED;
        }
    }

    /** Its matches are accepted and realised only while it is open or matched: 422 {@code need-closed} after. */
    public void requireLive() {
        if (status == NeedStatus.CLOSED) {
            throw ProblemException.businessRule(
                    "need-closed", "Need " + code + " is closed (" + statusReason + "); its matches are over");
        }
    }

    /** The cooperation-need, locked for a change, with this id, or 404. */
    public static CooperationNeed locked(UUID id) {
        return Lookups.locked(CooperationNeed.class, id, "cooperation-need");
    }

    /** The cooperation-need with this id, or 404. */
    public static CooperationNeed found(UUID id) {
        return Lookups.found(CooperationNeed.findById(id), "cooperation-need", id);
    }
}
