package kr.go.msit.standards.partnership.need;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.partnership.agency.AgencyService;
import kr.go.msit.standards.partnership.agency.PartnerAgency;
import kr.go.msit.standards.partnership.institution.Institution;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;

/**
 * Cooperation needs: posted by an institution for itself or by a partnership officer for it; seen and changed by
 * their institution and partnership officers, read by program managers and auditors.
 */
@ApplicationScoped
public class NeedService {

    public static final String RESOURCE = "cooperation-need";

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final Suggestions suggestions;

    public NeedService(EntityManager em, Caller caller, AuditTrail audit, Suggestions suggestions) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.suggestions = suggestions;
    }

    @Transactional
    public PageView<NeedView> list(UUID institutionId, NeedStatus status, TechnologyArea area, PageRequest page) {
        Caller.ListScope narrowed = caller.listScope(institutionId);
        if (narrowed.nothing()) {
            return PageView.empty(page);
        }
        Where where = new Where()
                .and("institutionId = :institution", "institution", narrowed.institutionId())
                .and("status = :status", "status", status)
                .and("technologyArea = :area", "area", area);
        return Pages.of(
                CooperationNeed.<CooperationNeed>find(where.clause(), Sort.by("code"), where.parameters()),
                page,
                NeedView::of);
    }

    @Transactional
    public NeedView get(UUID id) {
        return NeedView.of(visible(id));
    }

    @Transactional
    public NeedView create(NeedRequest request) {
        caller.requireActingFor(request.institutionId(), Roles.PARTNERSHIP_OFFICER);
        Institution.referenced(request.institutionId());
        CooperationNeed need = new CooperationNeed();
        need.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("SELECT nextval('cooperation_need_number_seq')")
                        .getSingleResult())
                .longValue();
        need.code = "NEED-" + String.format("%05d", number);
        need.institutionId = request.institutionId();
        apply(need, request);
        need.persistAndFlush();
        NeedView view = NeedView.of(need);
        audit.created(RESOURCE, need.id, null, view);
        return view;
    }

    /**
     * Replaces what the need asks for, while it is DRAFT or OPEN (409 otherwise); its institution stays (422
     * {@code institution-fixed}). By its institution or a partnership officer (If-Match supported).
     */
    @Transactional
    public NeedView update(UUID id, String ifMatch, NeedRequest request) {
        CooperationNeed need = CooperationNeed.locked(id);
        caller.requireChangeable(need.institutionId, RESOURCE, id, Roles.PARTNERSHIP_OFFICER);
        ETags.requireMatch(ifMatch, need.version);
        if (need.status() != NeedStatus.DRAFT && need.status() != NeedStatus.OPEN) {
            throw ProblemException.illegalTransition(
                    "cooperation need", "update", need.status(), List.of(NeedStatus.DRAFT, NeedStatus.OPEN));
        }
        if (!need.institutionId.equals(request.institutionId())) {
            throw ProblemException.businessRule("institution-fixed", "A need stays with its institution");
        }
        return audit.change(RESOURCE, need.id, null, "update", () -> NeedView.of(need), () -> apply(need, request));
    }

    private static void apply(CooperationNeed need, NeedRequest request) {
        if (request.wishedFrom() != null
                && request.wishedTo() != null
                && request.wishedTo().isBefore(request.wishedFrom())) {
            throw ProblemException.businessRule("need-dates", "wishedTo must not be before wishedFrom");
        }
        if (request.preferredAgencyId() != null && PartnerAgency.findById(request.preferredAgencyId()) == null) {
            throw ProblemException.businessRule(
                    "unknown-agency", "Partner agency " + request.preferredAgencyId() + " does not exist");
        }
        if (request.preferredUnitId() != null) {
            if (request.preferredAgencyId() == null) {
                throw ProblemException.businessRule(
                        "unknown-unit", "A preferred unit needs its agency (preferredAgencyId)");
            }
            AgencyService.unit(request.preferredUnitId(), request.preferredAgencyId());
        }
        need.technologyArea = request.technologyArea();
        need.topicKo = request.topicKo().strip();
        need.topicEn = request.topicEn().strip();
        need.description = request.description();
        need.kind = request.kind();
        need.preferredAgencyId = request.preferredAgencyId();
        need.preferredUnitId = request.preferredUnitId();
        need.wishedFrom = request.wishedFrom();
        need.wishedTo = request.wishedTo();
    }

    /** Opens or closes the need: by its institution or a partnership officer (If-Match supported). */
    @Transactional
    public NeedView transition(UUID id, NeedAction action, String ifMatch, String reason) {
        CooperationNeed need = CooperationNeed.locked(id);
        caller.requireChangeable(need.institutionId, RESOURCE, id, Roles.PARTNERSHIP_OFFICER);
        ETags.requireMatch(ifMatch, need.version);
        return audit.change(
                RESOURCE, need.id, null, action.verb(), () -> NeedView.of(need), () -> need.apply(action, reason));
    }

    /** The open offers that fit the need best, with their scores and reasons. */
    @Transactional
    public List<Suggestion> suggestions(UUID id) {
        CooperationNeed need = visible(id);
        if (need.status() != NeedStatus.OPEN && need.status() != NeedStatus.MATCHED) {
            return List.of();
        }
        return suggestions.forNeed(need);
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        visible(id);
        return audit.history(id, page);
    }

    /** The need, or 404 when it does not exist or belongs to another institution than the caller's. */
    public CooperationNeed visible(UUID id) {
        CooperationNeed need = CooperationNeed.found(id);
        caller.requireVisible(need.institutionId, RESOURCE, id);
        return need;
    }
}
