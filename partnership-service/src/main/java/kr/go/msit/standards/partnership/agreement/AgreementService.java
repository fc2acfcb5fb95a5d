package kr.go.msit.standards.partnership.agreement;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.partnership.agency.PartnerAgency;
import kr.go.msit.standards.partnership.institution.Institution;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;

/** Agreements: recording, the state machine, renewal into a successor, and the expiring list. */
@ApplicationScoped
public class AgreementService {

    static final String RESOURCE = "agreement";

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final ProgramClock clock;

    public AgreementService(EntityManager em, Caller caller, AuditTrail audit, ProgramClock clock) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Filters of the agreement list; {@code inForce} keeps those in force today (or, false, those that are not), and
     * {@code expiringWithinDays} the ACTIVE ones ending within that many days.
     */
    public record Filter(
            UUID institutionId,
            UUID agencyId,
            Instrument instrument,
            AgreementStatus status,
            Boolean inForce,
            Integer expiringWithinDays) {}

    @Transactional
    public PageView<AgreementView> list(Filter filter, PageRequest page) {
        UUID institutionId = filter.institutionId();
        Caller.ListScope narrowed = caller.listScope(institutionId);
        if (narrowed.nothing()) {
            return PageView.empty(page);
        }
        institutionId = narrowed.institutionId();
        LocalDate today = clock.today();
        Where where = new Where()
                .and("institutionId = :institution", "institution", institutionId)
                .and("agencyId = :agency", "agency", filter.agencyId())
                .and("instrument = :instrument", "instrument", filter.instrument())
                .and("status = :status", "status", filter.status());
        if (filter.inForce() != null) {
            where.and(
                    filter.inForce() ? Agreement.IN_FORCE : "not " + Agreement.IN_FORCE,
                    true,
                    Map.of("active", AgreementStatus.ACTIVE, "today", today));
        }
        Sort order = Sort.by("code");
        if (filter.expiringWithinDays() != null) {
            where.and("status = :active", "active", AgreementStatus.ACTIVE)
                    .and("expiresOn >= :today", "today", today)
                    .and("expiresOn <= :until", "until", today.plusDays(filter.expiringWithinDays()));
            order = Sort.by("expiresOn").and("code");
        }
        return Pages.of(
                Agreement.<Agreement>find(where.clause(), order, where.parameters()), page, a -> view(a, today));
    }

    @Transactional
    public AgreementView get(UUID id) {
        return view(findVisible(id), clock.today());
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        return audit.history(id, page);
    }

    @Transactional
    public AgreementView create(AgreementRequest request) {
        Institution institution = Institution.referenced(request.institutionId());
        PartnerAgency agency = agency(request.agencyId());
        Agreement.checkDates(request.signedOn(), request.effectiveFrom(), request.expiresOn(), clock.today());
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.code = nextCode(institution);
        agreement.institutionId = institution.id;
        agreement.agencyId = agency.id;
        apply(agreement, request);
        agreement.persistAndFlush();
        AgreementView view = view(agreement, clock.today());
        audit.created(RESOURCE, agreement.id, institution.id, view);
        return view;
    }

    @Transactional
    public AgreementView update(UUID id, String ifMatch, AgreementRequest request) {
        Agreement agreement = Agreement.locked(id);
        ETags.requireMatch(ifMatch, agreement.version);
        agreement.requireEditable();
        if (!agreement.institutionId.equals(request.institutionId())
                || !agreement.agencyId.equals(request.agencyId())) {
            throw ProblemException.businessRule(
                    "agreement-parties-fixed",
                    "An agreement's institution and agency cannot change; record a new agreement instead");
        }
        Agreement.checkDates(request.signedOn(), request.effectiveFrom(), request.expiresOn(), clock.today());
        return audit.change(
                RESOURCE,
                agreement.id,
                agreement.institutionId,
                "update",
                () -> view(agreement, clock.today()),
                () -> apply(agreement, request));
    }

    @Transactional
    public AgreementView transition(
            UUID id, AgreementAction action, String ifMatch, AgreementTransitionRequest request) {
        Agreement agreement = Agreement.locked(id);
        ETags.requireMatch(ifMatch, agreement.version);
        LocalDate today = clock.today();
        return audit.change(
                RESOURCE,
                agreement.id,
                agreement.institutionId,
                action.verb(),
                () -> view(agreement, today),
                () -> agreement.apply(action, request.reason(), request.terminatedOn(), today));
    }

    /** Creates the successor of an active or expired agreement, as a draft linked to its predecessor. */
    @Transactional
    public AgreementView renew(UUID id, RenewalRequest request) {
        Agreement predecessor = Agreement.locked(id);
        predecessor.requireRenewable();
        if (Agreement.count("predecessorId", predecessor.id) > 0) {
            throw ProblemException.conflict("Agreement " + predecessor.code + " has already been renewed");
        }
        Agreement.checkDates(request.signedOn(), request.effectiveFrom(), request.expiresOn(), clock.today());
        if (!request.effectiveFrom().isAfter(predecessor.effectiveFrom)) {
            throw ProblemException.businessRule(
                    "renewal-not-later",
                    "A renewal takes effect after its predecessor did (" + predecessor.effectiveFrom + ")");
        }
        Institution institution = Institution.referenced(predecessor.institutionId);
        Agreement successor = Agreement.successorOf(predecessor, nextCode(institution), request);
        successor.persistAndFlush();
        LocalDate today = clock.today();
        AgreementView view = view(successor, today);
        audit.record(RESOURCE, successor.id, successor.institutionId, "renew", null, view);
        return view;
    }

    private static PartnerAgency agency(UUID id) {
        PartnerAgency agency = Lookups.referenced(
                id == null ? null : PartnerAgency.findById(id),
                "unknown-agency",
                "Partner agency " + id + " does not exist");
        return agency;
    }

    private static void apply(Agreement agreement, AgreementRequest request) {
        agreement.instrument = request.instrument();
        agreement.title = request.title().strip();
        agreement.counterpartLaboratory = request.counterpartLaboratory();
        agreement.counterpartDivision = request.counterpartDivision();
        agreement.signedOn = request.signedOn();
        agreement.effectiveFrom = request.effectiveFrom();
        agreement.expiresOn = request.expiresOn();
        agreement.documentReference = request.documentReference();
    }

    /** {@code AGR-KRISS-0007}: the institution's code and a number from a sequence. */
    private String nextCode(Institution institution) {
        long number = ((Number) em.createNativeQuery("SELECT nextval('agreement_number_seq')")
                        .getSingleResult())
                .longValue();
        String prefix = "AGR-" + institution.code;
        return (prefix.length() > 33 ? prefix.substring(0, 33) : prefix) + "-" + String.format("%04d", number);
    }

    AgreementView view(Agreement agreement, LocalDate today) {
        PartnerAgency agency = PartnerAgency.found(agreement.agencyId);
        List<UUID> successors = em.createQuery("select a.id from Agreement a where a.predecessorId = :id", UUID.class)
                .setParameter("id", agreement.id)
                .getResultList();
        return AgreementView.of(agreement, agency.code, successors.isEmpty() ? null : successors.get(0), today);
    }

    private Agreement findVisible(UUID id) {
        Agreement agreement = Agreement.found(id);
        caller.requireVisible(agreement.institutionId, RESOURCE, id);
        return agreement;
    }
}
