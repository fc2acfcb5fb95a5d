package kr.go.msit.standards.partnership.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.partnership.need.CooperationKind;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner unit's interest in cooperating (a NIST laboratory's offer), recorded by partnership officers. */
@Entity
@Table(name = "partner_offer")
public class PartnerOffer extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID unitId;
    public String contactName;
    /** Personal data: partnership officers and auditors see it. */
    public String contactEmail;

    public String topicKo;
    public String topicEn;

    @Enumerated(EnumType.STRING)
    public TechnologyArea technologyArea;

    /** The kinds of cooperation offered, by name (an array column, for the suggestions' index). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(30)[]")
    public String[] kinds;

    public List<CooperationKind> kinds() {
        return Arrays.stream(kinds).map(CooperationKind::valueOf).sorted().toList();
    }

    public LocalDate openUntil;

    @Enumerated(EnumType.STRING)
    private OfferStatus status = OfferStatus.OPEN;

    private String statusReason;

    public OfferStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    /** OPEN → CLOSED. */
    public void close(String reason) {
        if (status != OfferStatus.OPEN) {
            throw ProblemException.illegalTransition("partner offer", "close", status, List.of(OfferStatus.OPEN));
        }
        status = OfferStatus.CLOSED;
        statusReason = Transition.reasonOf(reason);
    }

    /** Whether a need can be matched with it today. */
    public boolean openOn(LocalDate day) {
        return status == OfferStatus.OPEN && !openUntil.isBefore(day);
    }

    /** The partner-offer with this id, or 404. */
    public static PartnerOffer found(UUID id) {
        return Lookups.found(PartnerOffer.findById(id), "partner-offer", id);
    }

    /** The partner-offer, locked for a change, with this id, or 404. */
    public static PartnerOffer locked(UUID id) {
        return Lookups.locked(PartnerOffer.class, id, "partner-offer");
    }
}
