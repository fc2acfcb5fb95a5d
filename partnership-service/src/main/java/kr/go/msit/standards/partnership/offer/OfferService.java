package kr.go.msit.standards.partnership.offer;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.partnership.agency.PartnerUnit;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;

/** Partner offers: recorded and closed by partnership officers, read by every role that works with partners. */
@ApplicationScoped
public class OfferService {

    static final String RESOURCE = "partner-offer";

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final ProgramClock clock;

    public OfferService(EntityManager em, Caller caller, AuditTrail audit, ProgramClock clock) {
        this.clock = clock;
        this.em = em;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public PageView<OfferView> list(OfferStatus status, UUID unitId, TechnologyArea area, PageRequest page) {
        Where where = new Where()
                .and("status = :status", "status", status)
                .and("unitId = :unit", "unit", unitId)
                .and("technologyArea = :area", "area", area);
        return Pages.of(
                PartnerOffer.<PartnerOffer>find(where.clause(), Sort.by("code"), where.parameters()), page, this::view);
    }

    @Transactional
    public OfferView get(UUID id) {
        return view(PartnerOffer.found(id));
    }

    @Transactional
    public OfferView create(OfferRequest request) {
        if (PartnerUnit.findById(request.unitId()) == null) {
            throw ProblemException.businessRule("unknown-unit", "Partner unit " + request.unitId() + " does not exist");
        }
        if (request.openUntil().isBefore(clock.today())) {
            throw ProblemException.businessRule(
                    "open-until-past", "openUntil " + request.openUntil() + " is before today (Korea)");
        }
        PartnerOffer offer = new PartnerOffer();
        offer.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("SELECT nextval('partner_offer_number_seq')")
                        .getSingleResult())
                .longValue();
        offer.code = "OFR-" + String.format("%05d", number);
        offer.unitId = request.unitId();
        offer.contactName = request.contactName().strip();
        offer.contactEmail = request.contactEmail();
        offer.topicKo = request.topicKo().strip();
        offer.topicEn = request.topicEn().strip();
        offer.technologyArea = request.technologyArea();
        offer.kinds = request.kinds().stream().map(Enum::name).sorted().toArray(String[]::new);
        offer.openUntil = request.openUntil();
        offer.persistAndFlush();
        OfferView view = OfferView.of(offer, true);
        audited(offer, "create", null, view);
        return view;
    }

    @Transactional
    public OfferView close(UUID id, String ifMatch, String reason) {
        PartnerOffer offer = PartnerOffer.locked(id);
        ETags.requireMatch(ifMatch, offer.version);
        OfferView before = OfferView.of(offer, false);
        offer.close(reason);
        offer.persistAndFlush();
        audited(offer, "close", before, OfferView.of(offer, true));
        return view(offer);
    }

    /**
     * Audits a change ({@code before}: the view without the e-mail, or null for a new offer): the trail leaves the
     * contact's e-mail out, since the history is read by every role that reads offers; the change event carries it,
     * and the feed hides it from each reader who may not see it.
     */
    private void audited(PartnerOffer offer, String action, OfferView before, OfferView whole) {
        audit.record(RESOURCE, offer.id, null, action, before, OfferView.of(offer, false), whole);
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        PartnerOffer.found(id);
        return audit.history(id, page);
    }

    /** The offer as this caller may see it: the contact's e-mail for partnership officers and auditors only. */
    public OfferView view(PartnerOffer offer) {
        return OfferView.of(offer, caller.has(Roles.PARTNERSHIP_OFFICER) || caller.has(Roles.AUDITOR));
    }
}
