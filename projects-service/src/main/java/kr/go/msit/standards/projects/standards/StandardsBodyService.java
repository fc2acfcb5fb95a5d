package kr.go.msit.standards.projects.standards;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.web.ETags;

/** Standards bodies and their stage lists: data, added and changed by API. */
@ApplicationScoped
public class StandardsBodyService {

    static final String RESOURCE = "standards-body";

    private final EntityManager em;
    private final AuditTrail audit;

    public StandardsBodyService(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    public PageView<StandardsBodyView> list(PageRequest page) {
        return Pages.of(StandardsBody.<StandardsBody>findAll(Sort.by("code")), page, StandardsBodyView::of);
    }

    public StandardsBodyView get(UUID id) {
        return StandardsBodyView.of(StandardsBody.found(id));
    }

    @Transactional
    public StandardsBodyView create(StandardsBodyRequest request) {
        List<Stage> stages = validStages(request);
        NaturalKeys.claim("standards-body-code", request.code());
        if (StandardsBody.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A standards body with code " + request.code() + " already exists");
        }
        StandardsBody body = new StandardsBody();
        body.id = UUID.randomUUID();
        apply(body, request);
        body.stages.addAll(stages);
        body.persistAndFlush();
        StandardsBodyView view = StandardsBodyView.of(body);
        audit.created(RESOURCE, body.id, null, view);
        return view;
    }

    /** Replaces names, kind and stages; the stages only while no contribution refers to the body. */
    @Transactional
    public StandardsBodyView update(UUID id, String ifMatch, StandardsBodyRequest request) {
        List<Stage> stages = validStages(request);
        StandardsBody body = StandardsBody.locked(id);
        ETags.requireMatch(ifMatch, body.version);
        NaturalKeys.claim("standards-body-code", request.code());
        if (!body.code.equals(request.code()) && StandardsBody.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A standards body with code " + request.code() + " already exists");
        }
        StandardsBodyView before = StandardsBodyView.of(body);
        apply(body, request);
        if (!sameStages(body.stages, stages)) {
            long used = ((Number) em.createNativeQuery("SELECT count(*) FROM contribution WHERE body_id = :body")
                            .setParameter("body", id)
                            .getSingleResult())
                    .longValue();
            if (used > 0) {
                throw ProblemException.businessRule(
                        "body-in-use",
                        "The stages of " + body.code + " cannot change: " + used
                                + " contribution(s) record stages of this body");
            }
            // a new list: Hibernate deletes the old rows before it writes the new ones (codes and positions are
            // unique per body)
            body.stages = new ArrayList<>(stages);
            body.newVersion();
        }
        body.persistAndFlush();
        StandardsBodyView after = StandardsBodyView.of(body);
        audit.record(RESOURCE, body.id, null, "update", before, after);
        return after;
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        StandardsBody.found(id);
        return audit.history(id, page);
    }

    /**
     * The request's stages, refused (422 {@code stage-list-invalid}) unless codes are unique, the first stage is
     * not terminal, every step comes before the terminal stages, exactly one stage is PUBLISHED and terminal, and at
     * most one is WORK_ITEM_ADOPTED, not terminal.
     */
    static List<Stage> validStages(StandardsBodyRequest request) {
        List<StandardsBodyRequest.StageRequest> requested = request.stages();
        Set<String> codes = new HashSet<>();
        int published = 0;
        int adopted = 0;
        for (StandardsBodyRequest.StageRequest stage : requested) {
            if (!codes.add(stage.code())) {
                throw invalid("stage code " + stage.code() + " appears twice");
            }
            if (stage.milestone() == Milestone.PUBLISHED) {
                published++;
                if (!stage.terminal()) {
                    throw invalid("the PUBLISHED stage " + stage.code() + " must be terminal");
                }
            }
            if (stage.milestone() == Milestone.WORK_ITEM_ADOPTED) {
                adopted++;
                if (stage.terminal()) {
                    throw invalid("the WORK_ITEM_ADOPTED stage " + stage.code() + " cannot be terminal");
                }
            }
        }
        boolean terminalSeen = false;
        for (StandardsBodyRequest.StageRequest stage : requested) {
            if (stage.terminal()) {
                terminalSeen = true;
            } else if (terminalSeen) {
                throw invalid("stage " + stage.code() + " follows a terminal stage: the steps come first, then the "
                        + "terminal stages (published, off-ramps)");
            }
        }
        if (requested.get(0).terminal()) {
            throw invalid("the first stage cannot be terminal");
        }
        if (published != 1 || adopted > 1) {
            throw invalid("exactly one stage must be PUBLISHED and at most one WORK_ITEM_ADOPTED");
        }
        return requested.stream()
                .map(s -> new Stage(s.code(), s.nameKo().strip(), s.nameEn().strip(), s.terminal(), s.milestone()))
                .toList();
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.businessRule("stage-list-invalid", "The stage list is not valid: " + detail);
    }

    private static boolean sameStages(List<Stage> current, List<Stage> requested) {
        if (current.size() != requested.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            Stage a = current.get(i);
            Stage b = requested.get(i);
            if (!a.code.equals(b.code)
                    || a.terminal != b.terminal
                    || a.milestone != b.milestone
                    || !a.nameKo.equals(b.nameKo)
                    || !a.nameEn.equals(b.nameEn)) {
                return false;
            }
        }
        return true;
    }

    private static void apply(StandardsBody body, StandardsBodyRequest request) {
        body.code = request.code();
        body.nameKo = request.nameKo().strip();
        body.nameEn = request.nameEn().strip();
        body.kind = request.kind();
    }
}
