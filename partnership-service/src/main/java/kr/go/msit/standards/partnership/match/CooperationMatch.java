package kr.go.msit.standards.partnership.match;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;

/** A need paired with an offer: proposed, accepted by both sides, realised as an agreement, dispatch, ... */
@Entity
@Table(name = "cooperation_match")
public class CooperationMatch extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID needId;
    public UUID offerId;
    public Instant institutionAcceptedAt;
    public Instant partnerAcceptedAt;

    @Enumerated(EnumType.STRING)
    public OutcomeKind outcomeKind;

    public UUID outcomeId;
    public Instant realisedAt;

    @Enumerated(EnumType.STRING)
    private MatchStatus status = MatchStatus.PROPOSED;

    private String statusReason;

    public MatchStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    /**
     * One side accepts (again is a no-op); once both have, the match is ACCEPTED. Only a PROPOSED match is
     * accepted (409 with its state otherwise).
     */
    public void accept(Side side, Instant now) {
        if (status != MatchStatus.PROPOSED) {
            throw ProblemException.illegalTransition("match", "accept", status, List.of(MatchStatus.PROPOSED));
        }
        if (side == Side.INSTITUTION && institutionAcceptedAt == null) {
            institutionAcceptedAt = now;
        }
        if (side == Side.PARTNER && partnerAcceptedAt == null) {
            partnerAcceptedAt = now;
        }
        if (institutionAcceptedAt != null && partnerAcceptedAt != null) {
            status = MatchStatus.ACCEPTED;
        }
    }

    public void apply(MatchAction action, String reason) {
        status = action.transition().apply("match", status, reason);
        statusReason = Transition.reasonOf(reason);
    }

    /** ACCEPTED → REALISED, linked to what came of it. */
    public void realise(OutcomeKind kind, UUID outcome, Instant now) {
        apply(MatchAction.REALISE, null);
        outcomeKind = kind;
        outcomeId = outcome;
        realisedAt = now;
    }

    /** The cooperation-match with this id, or 404. */
    public static CooperationMatch found(UUID id) {
        return Lookups.found(CooperationMatch.findById(id), "cooperation-match", id);
    }

    /** The cooperation-match, locked for a change, with this id, or 404. */
    public static CooperationMatch locked(UUID id) {
        return Lookups.locked(CooperationMatch.class, id, "cooperation-match");
    }
}
