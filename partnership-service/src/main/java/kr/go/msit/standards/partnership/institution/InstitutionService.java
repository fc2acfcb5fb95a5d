package kr.go.msit.standards.partnership.institution;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.web.ETags;

/** Korean research institutions: the parties of agreements and the homes of dispatched researchers. */
@ApplicationScoped
public class InstitutionService {

    static final String RESOURCE = "institution";

    private final AuditTrail audit;

    public InstitutionService(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public PageView<InstitutionView> list(PageRequest page) {
        return Pages.of(Institution.<Institution>findAll(Sort.by("code")), page, InstitutionView::of);
    }

    @Transactional
    public InstitutionView get(UUID id) {
        return InstitutionView.of(Institution.found(id));
    }

    @Transactional
    public InstitutionView create(InstitutionRequest request) {
        NaturalKeys.claim("institution-code", request.code());
        if (Institution.count("code", request.code()) > 0) {
            throw ProblemException.conflict("An institution with code " + request.code() + " already exists");
        }
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        apply(institution, request);
        institution.persistAndFlush();
        InstitutionView view = InstitutionView.of(institution);
        audit.created(RESOURCE, institution.id, null, view);
        return view;
    }

    @Transactional
    public InstitutionView update(UUID id, String ifMatch, InstitutionRequest request) {
        Institution institution = Institution.locked(id);
        ETags.requireMatch(ifMatch, institution.version);
        NaturalKeys.claim("institution-code", request.code());
        if (!institution.code.equals(request.code()) && Institution.count("code", request.code()) > 0) {
            throw ProblemException.conflict("An institution with code " + request.code() + " already exists");
        }
        return audit.change(
                RESOURCE,
                institution.id,
                null,
                "update",
                () -> InstitutionView.of(institution),
                () -> apply(institution, request));
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        Institution.found(id);
        return audit.history(id, page);
    }

    private static void apply(Institution institution, InstitutionRequest request) {
        institution.code = request.code();
        institution.nameKo = request.nameKo().strip();
        institution.nameEn = request.nameEn().strip();
    }
}
