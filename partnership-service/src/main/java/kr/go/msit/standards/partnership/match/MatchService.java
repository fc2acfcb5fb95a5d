package kr.go.msit.standards.partnership.match;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.partnership.need.CooperationNeed;
import kr.go.msit.standards.partnership.need.NeedService;
import kr.go.msit.standards.partnership.need.NeedStatus;
import kr.go.msit.standards.partnership.need.NeedView;
import kr.go.msit.standards.partnership.offer.OfferStatus;
import kr.go.msit.standards.partnership.offer.PartnerOffer;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;

/**
 * Matches: proposed by partnership officers, accepted by the need's institution (its own token) and by the partner
 * side (an officer records it), realised by linking what came of them, declined or withdrawn with a reason. A need
 * is MATCHED while it has an accepted match and REALISED once one is realised.
 */
@ApplicationScoped
public class MatchService {

    static final String RESOURCE = "cooperation-match";

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final ProgramClock clock;
    private final Outcomes outcomes;

    public MatchService(EntityManager em, Caller caller, AuditTrail audit, ProgramClock clock, Outcomes outcomes) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    @Transactional
    public PageView<MatchView> list(
            UUID needId, UUID offerId, UUID institutionId, MatchStatus status, PageRequest page) {
        Caller.ListScope narrowed = caller.listScope(institutionId);
        if (narrowed.nothing()) {
            return PageView.empty(page);
        }
        Where where = new Where()
                .and("needId = :need", "need", needId)
                .and("offerId = :offer", "offer", offerId)
                .and("status = :status", "status", status)
                .and(
                        "needId in (select n.id from CooperationNeed n where n.institutionId = :institution)",
                        "institution",
                        narrowed.institutionId());
        return Pages.of(
                CooperationMatch.<CooperationMatch>find(where.clause(), Sort.by("code"), where.parameters()),
                page,
                MatchService::view);
    }

    @Transactional
    public MatchView get(UUID id) {
        CooperationMatch match = CooperationMatch.found(id);
        visibleNeed(match);
        return view(match);
    }

    @Transactional
    public MatchView create(MatchRequest request) {
        CooperationNeed need = Lookups.lockedReference(
                CooperationNeed.class, request.needId(), "unknown-need", "No cooperation need " + request.needId());
        if (need.status() != NeedStatus.OPEN && need.status() != NeedStatus.MATCHED) {
            throw ProblemException.businessRule(
                    "need-not-open", "Need " + need.code + " is " + need.status() + ", not OPEN or MATCHED");
        }
        // share-locked, as accepting does: an offer being closed is either closed before this proposal or after it
        PartnerOffer offer = Lookups.referenced(
                em.find(PartnerOffer.class, request.offerId(), LockModeType.PESSIMISTIC_READ),
                "unknown-offer",
                "No partner offer " + request.offerId());
        if (!offer.openOn(clock.today())) {
            throw ProblemException.businessRule("offer-not-open", "Offer " + offer.code + " is not open today");
        }
        if (CooperationMatch.count(
                        "needId = ?1 and offerId = ?2 and status in ?3",
                        need.id,
                        offer.id,
                        java.util.List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.REALISED))
                > 0) {
            throw ProblemException.conflict("Need " + need.code + " and offer " + offer.code + " are matched already");
        }
        CooperationMatch match = new CooperationMatch();
        match.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("SELECT nextval('cooperation_match_number_seq')")
                        .getSingleResult())
                .longValue();
        match.code = "MATCH-" + String.format("%05d", number);
        match.needId = need.id;
        match.offerId = offer.id;
        match.persistAndFlush();
        MatchView view = view(match);
        audit.created(RESOURCE, match.id, need.id, view);
        return view;
    }

    /** One side accepts: the institution with its own token, the partner side by a partnership officer. */
    @Transactional
    public MatchView accept(UUID id, String ifMatch, Side side) {
        CooperationNeed need = lockedNeedOf(id);
        CooperationMatch match = CooperationMatch.locked(id);
        caller.requireVisible(need.institutionId, RESOURCE, match.id);
        if (side == Side.INSTITUTION) {
            boolean own = caller.has(Roles.INSTITUTION)
                    && caller.institutionId().map(need.institutionId::equals).orElse(false);
            if (!own) {
                throw new io.quarkus.security.ForbiddenException("Only the need's institution accepts for itself");
            }
        } else if (!caller.has(Roles.PARTNERSHIP_OFFICER)) {
            throw new io.quarkus.security.ForbiddenException(
                    "A partnership officer records the partner side's acceptance");
        }
        ETags.requireMatch(ifMatch, match.version);
        need.requireLive();
        requireOfferNotClosed(match);
        MatchView before = view(match);
        match.accept(side, clock.now());
        if (match.status() == MatchStatus.ACCEPTED) {
            needChanged(need.id, CooperationNeed::matched, "matched");
        }
        match.persistAndFlush();
        MatchView after = view(match);
        if (!after.equals(before)) {
            audit.record(RESOURCE, match.id, need.id, "accept-" + side.name().toLowerCase(), before, after);
        }
        return after;
    }

    /**
     * A match is accepted while its offer stands: a closed offer is the partner's interest withdrawn (422
     * {@code offer-closed}). Its row is share-locked, so that closing it waits for this acceptance, or this for it.
     * Only CLOSED counts: an offer's open-until date bounds new proposals, not the answer to one made in time.
     */
    private void requireOfferNotClosed(CooperationMatch match) {
        PartnerOffer offer = em.find(PartnerOffer.class, match.offerId, LockModeType.PESSIMISTIC_READ);
        if (offer.status() == OfferStatus.CLOSED) {
            throw ProblemException.businessRule(
                    "offer-closed", "Offer " + offer.code + " was closed: its matches are accepted no more");
        }
    }

    /** Declined or withdrawn, with a reason: by the need's institution or a partnership officer. */
    @Transactional
    public MatchView end(UUID id, String ifMatch, MatchAction action, String reason) {
        CooperationNeed need = lockedNeedOf(id);
        CooperationMatch match = CooperationMatch.locked(id);
        caller.requireVisible(need.institutionId, RESOURCE, match.id);
        caller.requireChangeable(need.institutionId, RESOURCE, id, Roles.PARTNERSHIP_OFFICER);
        ETags.requireMatch(ifMatch, match.version);
        MatchView before = view(match);
        boolean wasAccepted = match.status() == MatchStatus.ACCEPTED;
        match.apply(action, reason);
        match.persistAndFlush();
        if (wasAccepted && CooperationMatch.count("needId = ?1 and status = ?2", need.id, MatchStatus.ACCEPTED) == 0) {
            needChanged(need.id, CooperationNeed::unmatched, "unmatched");
        }
        MatchView after = view(match);
        audit.record(RESOURCE, match.id, need.id, action.verb(), before, after);
        return after;
    }

    /**
     * ACCEPTED → REALISED, linked to what came of it: an agreement or dispatch of the need's institution or a
     * workshop (checked here), or a project it leads (asked of projects-service: 503 when it cannot answer).
     */
    @Transactional
    public MatchView realise(UUID id, String ifMatch, RealiseRequest request) {
        CooperationMatch match = CooperationMatch.found(id);
        CooperationNeed need = visibleNeed(match);
        caller.requireChangeable(need.institutionId, RESOURCE, id, Roles.PARTNERSHIP_OFFICER);
        ETags.requireMatch(ifMatch, match.version);
        need.requireLive();
        // a project is asked of projects-service before any lock is taken here
        outcomes.requireOfNeed(need, request);
        // both read again under their locks, the need before the match as in every change of a need's matches: a
        // sibling match realised while projects-service was asked has changed the need (locking the copy read before
        // failed its version check, 409, where both realisations stand), and this match may have moved too
        em.refresh(need, LockModeType.PESSIMISTIC_WRITE);
        need.requireLive();
        em.refresh(match, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, match.version);
        return audit.change(RESOURCE, match.id, need.id, "realise", () -> view(match), () -> {
            match.realise(request.outcomeKind(), request.outcomeId(), clock.now());
            needChanged(need.id, CooperationNeed::realised, "realised");
        });
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        visibleNeed(CooperationMatch.found(id));
        return audit.history(id, page);
    }

    /** A change its matches make to the need, locked, with its own audit row when its state moved. */
    private void needChanged(UUID needId, java.util.function.Consumer<CooperationNeed> change, String action) {
        CooperationNeed need = CooperationNeed.locked(needId);
        NeedView before = NeedView.of(need);
        change.accept(need);
        need.persistAndFlush();
        NeedView after = NeedView.of(need);
        if (after.status() != before.status()) {
            audit.record(NeedService.RESOURCE, need.id, null, action, before, after);
        }
    }

    /**
     * The need of match {@code id}, locked, read before the match is (404 when there is no such match). Every change
     * of a need's matches takes the need's lock first, as a new match does, so that each sees what the others did to
     * the need: two withdrawals of its last two accepted matches, or an accept beside a withdrawal, left a need
     * MATCHED without an accepted match, or OPEN with one, when each counted the other's match before it committed.
     */
    private CooperationNeed lockedNeedOf(UUID matchId) {
        UUID needId = em.createQuery("select m.needId from CooperationMatch m where m.id = :id", UUID.class)
                .setParameter("id", matchId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("cooperation-match", matchId));
        return CooperationNeed.locked(needId);
    }

    private CooperationNeed visibleNeed(CooperationMatch match) {
        CooperationNeed need = CooperationNeed.findById(match.needId);
        caller.requireVisible(need.institutionId, RESOURCE, match.id);
        return need;
    }

    private static MatchView view(CooperationMatch match) {
        CooperationNeed need = CooperationNeed.findById(match.needId);
        PartnerOffer offer = PartnerOffer.findById(match.offerId);
        return MatchView.of(match, need.institutionId, offer.unitId);
    }
}
