package kr.go.msit.standards.projects.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.projects.project.Project;
import kr.go.msit.standards.projects.project.ProjectService;

/**
 * Continuation (계속지원): the first fiscal year of a project needs no evaluation; every later year Y needs a decided
 * CONTINUE or CONTINUE_REDUCED for Y − 1 (the stage evaluation's decision counts where the year has both). The cap is
 * (100 − r)% of the year's plan: the selected application's request for the year, or, for a project with no such
 * plan (the imported 2025 projects), its award divided evenly over its period's fiscal years (rounded down).
 */
@ApplicationScoped
public class ContinuationService {

    private final EntityManager em;
    private final ProjectService projects;

    public ContinuationService(EntityManager em, ProjectService projects) {
        this.em = em;
        this.projects = projects;
    }

    @Transactional
    public ContinuationView of(UUID projectId, int fiscalYear) {
        Project project = projects.visible(projectId);
        int first = project.periodStart.getYear();
        int last = project.periodEnd.getYear();
        long plan = plan(project, fiscalYear);
        if (fiscalYear < first || fiscalYear > last) {
            return new ContinuationView(project.id, fiscalYear, false, "OUTSIDE_PERIOD", null, 0, null, 0);
        }
        if (fiscalYear == first) {
            return new ContinuationView(project.id, fiscalYear, true, "FIRST_YEAR", null, plan, null, plan);
        }
        // a STOP is final: a later evaluation decided CONTINUE does not bring the project's money back
        Evaluation stop = Evaluation.find(
                        "projectId = ?1 and fiscalYear < ?2 and status = ?3 and decision = ?4 order by fiscalYear",
                        project.id,
                        fiscalYear,
                        EvaluationStatus.DECIDED,
                        Decision.STOP)
                .firstResult();
        if (stop != null) {
            return new ContinuationView(project.id, fiscalYear, false, "STOPPED", stop.id, plan, null, 0);
        }
        List<Evaluation> decided = Evaluation.list(
                "projectId = ?1 and fiscalYear = ?2 and status = ?3 order by kind desc",
                project.id,
                fiscalYear - 1,
                EvaluationStatus.DECIDED);
        if (decided.isEmpty()) {
            return new ContinuationView(project.id, fiscalYear, false, "PENDING", null, plan, null, 0);
        }
        // STAGE sorts after ANNUAL: descending, the stage evaluation comes first
        Evaluation counts = decided.get(0);
        return switch (counts.decision) {
            case CONTINUE ->
                new ContinuationView(project.id, fiscalYear, true, "CONTINUE", counts.id, plan, null, plan);
            case CONTINUE_REDUCED ->
                new ContinuationView(
                        project.id,
                        fiscalYear,
                        true,
                        "CONTINUE_REDUCED",
                        counts.id,
                        plan,
                        counts.reductionPercent,
                        plan * (100 - counts.reductionPercent) / 100);
            case STOP -> new ContinuationView(project.id, fiscalYear, false, "STOPPED", counts.id, plan, null, 0);
        };
    }

    private long plan(Project project, int fiscalYear) {
        if (project.applicationId != null) {
            @SuppressWarnings("unchecked")
            List<Number> amounts = em.createNativeQuery("SELECT amount_krw FROM application_budget_line"
                            + " WHERE application_id = :application AND fiscal_year = :year")
                    .setParameter("application", project.applicationId)
                    .setParameter("year", fiscalYear)
                    .getResultList();
            if (!amounts.isEmpty()) {
                return amounts.get(0).longValue();
            }
        }
        int years = project.periodEnd.getYear() - project.periodStart.getYear() + 1;
        return project.awardedTotalKrw / years;
    }
}
