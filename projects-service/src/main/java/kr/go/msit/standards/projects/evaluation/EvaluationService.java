package kr.go.msit.standards.projects.evaluation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.client.EligibilityCheck;
import kr.go.msit.standards.projects.project.Project;
import kr.go.msit.standards.projects.project.ProjectAccess;
import kr.go.msit.standards.projects.project.ProjectAction;
import kr.go.msit.standards.projects.project.ProjectService;
import kr.go.msit.standards.projects.project.TransitionRequest;

/**
 * Evaluations, run by program managers: scheduled, evaluators named (none of the project's lead or joint
 * institutions: 상피), scored, decided. A STOP decision terminates the project. Institutions see their own projects'
 * decided evaluations, without the evaluators' identities.
 */
@ApplicationScoped
public class EvaluationService {

    public static final String RESOURCE = "evaluation";

    private final EntityManager em;
    private final Caller caller;
    private final AuditTrail audit;
    private final ProgramClock clock;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final EligibilityCheck partnership;

    public EvaluationService(
            EntityManager em,
            Caller caller,
            AuditTrail audit,
            ProgramClock clock,
            ProjectService projects,
            ProjectAccess access,
            EligibilityCheck partnership) {
        this.access = access;
        this.partnership = partnership;
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.projects = projects;
    }

    @Transactional
    public PageView<EvaluationView> list(UUID projectId, Integer fiscalYear, PageRequest page) {
        // an institution reads its own projects' decided evaluations only
        Where where = access.visibleProjectsOnly(new Where()
                        .and("projectId = :project", "project", projectId)
                        .and("fiscalYear = :year", "year", fiscalYear))
                .and("status = 'DECIDED'", caller.scope().isPresent());
        return Pages.of(
                Evaluation.<Evaluation>find(
                        where.clause(), Sort.by("fiscalYear").and("code"), where.parameters()),
                page,
                this::view);
    }

    @Transactional
    public EvaluationView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public EvaluationView create(EvaluationRequest request) {
        // under a shared lock: a project terminated or closed meanwhile (under its row lock) is not evaluated
        Project project = Lookups.sharedReference(
                Project.class, request.projectId(), "unknown-project", "No project " + request.projectId());
        Evaluation.requireEvaluable(project, request.fiscalYear(), clock.today().getYear());
        NaturalKeys.claim("evaluation", project.id + ":" + request.kind() + ":" + request.fiscalYear());
        if (Evaluation.count(
                        "projectId = ?1 and kind = ?2 and fiscalYear = ?3",
                        project.id,
                        request.kind(),
                        request.fiscalYear())
                > 0) {
            throw ProblemException.conflict(
                    "The project has a " + request.kind() + " evaluation for " + request.fiscalYear() + " already");
        }
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("SELECT nextval('evaluation_number_seq')")
                        .getSingleResult())
                .longValue();
        evaluation.code = "EVL-" + String.format("%05d", number);
        evaluation.projectId = project.id;
        evaluation.kind = request.kind();
        evaluation.fiscalYear = request.fiscalYear();
        evaluation.persistAndFlush();
        EvaluationView view = view(evaluation);
        audit.created(RESOURCE, evaluation.id, project.id, view);
        return view;
    }

    /**
     * Names an evaluator of an institution partnership-service knows (422 {@code unknown-institution}; 503 when it
     * cannot answer), since the conflict-of-interest rule is only as good as the institution it compares: 422
     * {@code conflict-of-interest} for one of the project's lead or joint institutions, 409 for one named already.
     */
    @Transactional
    public EvaluationView addEvaluator(UUID id, String ifMatch, EvaluatorRequest request) {
        // asked before the row is locked: a slow partnership-service holds no lock here
        partnership.requireKnown(request.institutionId(), "The evaluator's institution");
        Evaluation evaluation = lock(id, ifMatch);
        Project project = Project.found(evaluation.projectId);
        if (project.leadInstitutionId.equals(request.institutionId())
                || project.jointInstitutionIds.contains(request.institutionId())) {
            throw ProblemException.businessRule(
                    "conflict-of-interest",
                    "An evaluator of the project's lead or joint institution may not evaluate it (상피)");
        }
        EvaluationView before = view(evaluation);
        evaluation.addEvaluator(request.name().strip(), request.institutionId(), request.email());
        return saved(evaluation, "add-evaluator", before);
    }

    @Transactional
    public EvaluationView start(UUID id, String ifMatch) {
        Evaluation evaluation = lock(id, ifMatch);
        EvaluationView before = view(evaluation);
        evaluation.start();
        return saved(evaluation, "start", before);
    }

    @Transactional
    public EvaluationView score(UUID id, UUID evaluatorId, String ifMatch, ScoreRequest request) {
        Evaluation evaluation = lock(id, ifMatch);
        EvaluationView before = view(evaluation);
        evaluation.score(evaluatorId, request.score(), request.comment());
        return saved(evaluation, "score", before);
    }

    /**
     * Decides; a STOP terminates the project, with the evaluation as the reason, and so is refused (422
     * {@code project-not-stoppable}, with {@code projectStatus}) for a project that cannot be terminated now, rather
     * than answered with the project's illegal transition as if it were the evaluation's.
     */
    @Transactional
    public EvaluationView decide(UUID id, String ifMatch, DecisionRequest request) {
        Evaluation evaluation = lock(id, ifMatch);
        // a STOP checks the project under its lock: one moved meanwhile is answered project-not-stoppable
        Project project = request.decision() == Decision.STOP
                ? Project.locked(evaluation.projectId)
                : Project.found(evaluation.projectId);
        EvaluationView before = view(evaluation);
        evaluation.decide(
                request.decision(), request.reductionPercent(), GradeScale.of(project.programId), clock.now());
        if (request.decision() == Decision.STOP && !ProjectAction.TERMINATE.allowedFrom(project.status())) {
            throw ProblemException.businessRule(
                            "project-not-stoppable",
                            "STOP terminates the project, which is " + project.status() + ": a project is terminated"
                                    + " from "
                                    + ProjectAction.TERMINATE.transition().from() + " only")
                    .with("projectStatus", project.status().name());
        }
        EvaluationView after = saved(evaluation, "decide", before);
        if (request.decision() == Decision.STOP) {
            projects.transition(
                    project.id,
                    ProjectAction.TERMINATE,
                    null,
                    new TransitionRequest("Evaluation " + evaluation.code + " (" + evaluation.kind + " "
                            + evaluation.fiscalYear + ") decided STOP"));
        }
        return after;
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        visible(id);
        return audit.history(id, page);
    }

    private EvaluationView saved(Evaluation evaluation, String action, EvaluationView before) {
        evaluation.newVersion();
        evaluation.persistAndFlush();
        EvaluationView after = view(evaluation);
        audit.record(RESOURCE, evaluation.id, evaluation.projectId, action, before, after);
        return after;
    }

    private static Evaluation lock(UUID id, String ifMatch) {
        Evaluation evaluation = Evaluation.locked(id);
        ETags.requireMatch(ifMatch, evaluation.version);
        return evaluation;
    }

    /** The evaluation; for an institution, only its own projects' decided ones (404 otherwise). */
    private Evaluation visible(UUID id) {
        Evaluation evaluation = Evaluation.found(id);
        if (caller.scope().isPresent()) {
            access.visibleOwnerOf(evaluation.projectId, RESOURCE, id);
            if (evaluation.status() != EvaluationStatus.DECIDED) {
                throw ProblemException.notFound(RESOURCE, id);
            }
        }
        return evaluation;
    }

    private EvaluationView view(Evaluation evaluation) {
        EvaluationView.Disclosure disclosure = caller.has(Roles.PROGRAM_MANAGER) || caller.has(Roles.AUDITOR)
                ? EvaluationView.Disclosure.FULL
                : caller.scope().isPresent()
                        ? EvaluationView.Disclosure.ANONYMOUS
                        : EvaluationView.Disclosure.NO_CONTACT;
        return EvaluationView.of(evaluation, disclosure);
    }
}
