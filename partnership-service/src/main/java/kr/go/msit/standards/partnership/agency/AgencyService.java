package kr.go.msit.standards.partnership.agency;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.web.ETags;

/** Partner agencies and their sites: data, so that DOE or NSF join without a code change. */
@ApplicationScoped
public class AgencyService {

    static final String RESOURCE = "partner-agency";

    private final AuditTrail audit;

    public AgencyService(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public PageView<AgencyView> list(PageRequest page) {
        return Pages.of(PartnerAgency.<PartnerAgency>findAll(Sort.by("code")), page, this::view);
    }

    @Transactional
    public AgencyView get(UUID id) {
        return view(PartnerAgency.found(id));
    }

    @Transactional
    public AgencyView create(AgencyRequest request) {
        NaturalKeys.claim("agency-code", request.code());
        if (PartnerAgency.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A partner agency with code " + request.code() + " already exists");
        }
        PartnerAgency agency = new PartnerAgency();
        agency.id = UUID.randomUUID();
        apply(agency, request);
        agency.persistAndFlush();
        AgencyView view = view(agency);
        audit.created(RESOURCE, agency.id, null, view);
        return view;
    }

    @Transactional
    public AgencyView update(UUID id, String ifMatch, AgencyRequest request) {
        PartnerAgency agency = PartnerAgency.locked(id);
        ETags.requireMatch(ifMatch, agency.version);
        NaturalKeys.claim("agency-code", request.code());
        if (!agency.code.equals(request.code()) && PartnerAgency.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A partner agency with code " + request.code() + " already exists");
        }
        return audit.change(RESOURCE, agency.id, null, "update", () -> view(agency), () -> apply(agency, request));
    }

    @Transactional
    public AgencyView addSite(UUID agencyId, String ifMatch, SiteRequest request) {
        PartnerAgency agency = PartnerAgency.locked(agencyId);
        ETags.requireMatch(ifMatch, agency.version);
        agency.newVersion();
        if (PartnerSite.count("agencyId = ?1 and code = ?2", agencyId, request.code()) > 0) {
            throw ProblemException.conflict("The agency already has a site " + request.code());
        }
        return audit.change(RESOURCE, agency.id, null, "add-site", () -> view(agency), () -> {
            PartnerSite site = new PartnerSite();
            site.id = UUID.randomUUID();
            site.agencyId = agencyId;
            site.code = request.code();
            site.name = request.name().strip();
            site.city = request.city().strip();
            site.region = request.region();
            site.persist();
        });
    }

    /** The agency's units, by code. */
    @Transactional
    public List<AgencyView.UnitView> units(UUID agencyId) {
        PartnerAgency.found(agencyId);
        return PartnerUnit.<PartnerUnit>list("agencyId = ?1 order by code", agencyId).stream()
                .map(AgencyView.UnitView::of)
                .toList();
    }

    @Transactional
    public AgencyView addUnit(UUID agencyId, String ifMatch, UnitRequest request) {
        PartnerAgency agency = PartnerAgency.locked(agencyId);
        ETags.requireMatch(ifMatch, agency.version);
        agency.newVersion();
        if (PartnerUnit.count("agencyId = ?1 and code = ?2", agencyId, request.code()) > 0) {
            throw ProblemException.conflict("The agency already has a unit " + request.code());
        }
        return audit.change(RESOURCE, agency.id, null, "add-unit", () -> view(agency), () -> {
            PartnerUnit unit = new PartnerUnit();
            unit.id = UUID.randomUUID();
            unit.agencyId = agencyId;
            unit.code = request.code();
            unit.nameEn = request.nameEn().strip();
            unit.nameKo = request.nameKo() == null ? null : request.nameKo().strip();
            unit.persist();
        });
    }

    /**
     * The unit a request names, which must belong to {@code agencyId}: 422 {@code unknown-unit} otherwise (a
     * reference inside a request, not the addressed record).
     */
    public static PartnerUnit unit(UUID unitId, UUID agencyId) {
        PartnerUnit unit = unitId == null ? null : PartnerUnit.findById(unitId);
        if (unit == null || !unit.agencyId.equals(agencyId)) {
            throw ProblemException.businessRule(
                    "unknown-unit", "Partner unit " + unitId + " is not a unit of the partner agency named with it");
        }
        return unit;
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        PartnerAgency.found(id);
        return audit.history(id, page);
    }

    private AgencyView view(PartnerAgency agency) {
        List<PartnerSite> sites = PartnerSite.list("agencyId = ?1 order by code", agency.id);
        List<PartnerUnit> units = PartnerUnit.list("agencyId = ?1 order by code", agency.id);
        return AgencyView.of(agency, sites, units);
    }

    private static void apply(PartnerAgency agency, AgencyRequest request) {
        agency.code = request.code();
        agency.nameEn = request.nameEn().strip();
        agency.nameKo = request.nameKo() == null ? null : request.nameKo().strip();
        agency.country = request.country();
    }
}
