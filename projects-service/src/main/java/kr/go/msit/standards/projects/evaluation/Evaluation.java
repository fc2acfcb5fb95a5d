package kr.go.msit.standards.projects.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.projects.project.Project;
import kr.go.msit.standards.projects.project.ProjectStatus;

/**
 * An annual or stage evaluation of a project for a fiscal year: SCHEDULED (evaluators are named) → UNDER_EVALUATION
 * (they score) → DECIDED (the panel's decision, with the average and its grade on the program's scale).
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    public EvaluationKind kind;

    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    private EvaluationStatus status = EvaluationStatus.SCHEDULED;

    public BigDecimal averageScore;
    public String grade;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    public Integer reductionPercent;
    public Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_evaluator", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    public List<Evaluator> evaluators = new ArrayList<>();

    public EvaluationStatus status() {
        return status;
    }

    /** Names an evaluator, while the evaluation is not decided; 409 for one named already. */
    Evaluator addEvaluator(String name, UUID institutionId, String email) {
        requireNot(EvaluationStatus.DECIDED, "add an evaluator");
        // one person, one score: the same name of the same institution is the same evaluator
        if (evaluators.stream().anyMatch(e -> institutionId.equals(e.institutionId) && name.equalsIgnoreCase(e.name))) {
            throw ProblemException.conflict(name + " of institution " + institutionId + " is an evaluator already");
        }
        Evaluator evaluator = new Evaluator(UUID.randomUUID(), name, institutionId, email);
        evaluators.add(evaluator);
        return evaluator;
    }

    /** SCHEDULED → UNDER_EVALUATION, with at least one evaluator. */
    void start() {
        if (status != EvaluationStatus.SCHEDULED) {
            throw ProblemException.illegalTransition(
                    "evaluation", "start", status, List.of(EvaluationStatus.SCHEDULED));
        }
        if (evaluators.isEmpty()) {
            throw ProblemException.businessRule("no-evaluators", "An evaluation starts with at least one evaluator");
        }
        status = EvaluationStatus.UNDER_EVALUATION;
    }

    /** An evaluator's score (0–100) and comment, while under evaluation. */
    void score(UUID evaluatorId, int score, String comment) {
        if (status != EvaluationStatus.UNDER_EVALUATION) {
            throw ProblemException.illegalTransition(
                    "evaluation", "score", status, List.of(EvaluationStatus.UNDER_EVALUATION));
        }
        Evaluator evaluator =
                evaluator(evaluatorId).orElseThrow(() -> ProblemException.notFound("evaluator", evaluatorId));
        evaluator.score = score;
        evaluator.comment = comment;
    }

    /**
     * UNDER_EVALUATION → DECIDED, once every evaluator has scored (422 {@code scores-missing}): the average, its
     * grade on the program's scale, and the decision.
     */
    void decide(Decision decision, Integer reductionPercent, GradeScale scale, Instant now) {
        if (status != EvaluationStatus.UNDER_EVALUATION) {
            throw ProblemException.illegalTransition(
                    "evaluation", "decide", status, List.of(EvaluationStatus.UNDER_EVALUATION));
        }
        long missing = evaluators.stream().filter(e -> e.score == null).count();
        if (missing > 0) {
            throw ProblemException.businessRule(
                    "scores-missing", missing + " evaluator(s) have not scored; the decision needs every score");
        }
        if ((decision == Decision.CONTINUE_REDUCED) != (reductionPercent != null)) {
            throw ProblemException.businessRule(
                    "reduction-percent", "reductionPercent is given with CONTINUE_REDUCED, and only with it");
        }
        averageScore = BigDecimal.valueOf(
                        evaluators.stream().mapToInt(e -> e.score).sum())
                .divide(BigDecimal.valueOf(evaluators.size()), 2, RoundingMode.HALF_UP);
        grade = scale.gradeOf(averageScore);
        this.decision = decision;
        this.reductionPercent = reductionPercent;
        decidedAt = now;
        status = EvaluationStatus.DECIDED;
    }

    Optional<Evaluator> evaluator(UUID evaluatorId) {
        return evaluators.stream().filter(e -> e.id.equals(evaluatorId)).findFirst();
    }

    private void requireNot(EvaluationStatus state, String action) {
        if (status == state) {
            throw ProblemException.illegalTransition(
                    "evaluation",
                    action,
                    status,
                    List.of(EvaluationStatus.SCHEDULED, EvaluationStatus.UNDER_EVALUATION));
        }
    }

    /**
     * A project is evaluated for a year of its period of performance (422 {@code year-outside-project-period}) that
     * has begun (422 {@code year-not-begun}: an evaluation of a year to come would release the year after it before
     * any work), and while its performance may still go on: an evaluation decides whether the next year is funded,
     * which a terminated or closed project will not be (422 {@code project-not-evaluable}, with
     * {@code projectStatus}).
     */
    static void requireEvaluable(Project project, int fiscalYear, int thisYear) {
        if (project.status() == ProjectStatus.TERMINATED || project.status() == ProjectStatus.CLOSED) {
            throw ProblemException.businessRule(
                            "project-not-evaluable",
                            "Project " + project.code + " is " + project.status() + ": it is evaluated no more")
                    .with("projectStatus", project.status().name());
        }
        if (fiscalYear < project.periodStart.getYear() || fiscalYear > project.periodEnd.getYear()) {
            throw ProblemException.businessRule(
                            "year-outside-project-period",
                            "Fiscal year " + fiscalYear + " is outside project " + project.code
                                    + "'s period of performance " + project.periodStart + " – " + project.periodEnd)
                    .with("fiscalYear", fiscalYear);
        }
        if (fiscalYear > thisYear) {
            throw ProblemException.businessRule(
                            "year-not-begun",
                            "Fiscal year " + fiscalYear + " has not begun (Korea's date is in " + thisYear
                                    + "): a year is evaluated once it is performed")
                    .with("fiscalYear", fiscalYear);
        }
    }

    /** The evaluation with this id, or 404. */
    public static Evaluation found(UUID id) {
        return Lookups.found(Evaluation.findById(id), "evaluation", id);
    }

    /** The evaluation, locked for a change, with this id, or 404. */
    public static Evaluation locked(UUID id) {
        return Lookups.locked(Evaluation.class, id, "evaluation");
    }
}
