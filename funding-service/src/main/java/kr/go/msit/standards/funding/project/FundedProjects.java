package kr.go.msit.standards.funding.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ContinuationSummary;
import kr.go.msit.standards.clients.projects.ProgramSummary;
import kr.go.msit.standards.clients.projects.ProjectLookup;
import kr.go.msit.standards.clients.projects.ProjectSummary;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * What money needs to know about a project (its state and since when, its period of performance, its award), asked
 * of projects-service in one call at the moment it matters, never remembered: a suspension there takes effect at the
 * next step here. Fail closed: projects-service unreachable, slow or failing is a 503 naming it.
 */
@ApplicationScoped
public class FundedProjects {

    private final ProjectLookup projects;

    public FundedProjects(ProjectLookup projects) {
        this.projects = projects;
    }

    /** The program as projects-service sees it now (its envelope and years); 422 {@code unknown-program}. */
    public ProgramSummary program(UUID programId) {
        return projects.program(programId, "the program's envelope and years");
    }

    /** The project as projects-service sees it now; 422 {@code unknown-project} when it does not know it. */
    public ProjectSummary get(UUID projectId, String purpose) {
        return projects.require(projectId, purpose);
    }

    /**
     * For a project that has ended (completed, closed, terminated), no money is planned for {@code fiscalYear} any
     * more, neither by raising a budget line nor by carrying money over into one: 422 {@code continuation-stopped}
     * when its evaluations stopped it (asked of projects-service's continuation), else {@code project-not-fundable}
     * with {@code projectStatus}. One answer whichever way the money would come. Lowering a line stays open.
     */
    public void requireNotEnded(ProjectSummary project, int fiscalYear, String step) {
        if (!project.ended()) {
            return;
        }
        ContinuationSummary continuation = projects.continuation(project.id(), fiscalYear);
        if (STOPPED.equals(continuation.basis())) {
            throw stopped(fiscalYear, continuation);
        }
        throw ProblemException.businessRule(
                        "project-not-fundable",
                        "Project " + project.code() + " is " + project.status() + ": " + step
                                + " only for a project that has not ended")
                .with("projectStatus", project.status());
    }

    private static final String STOPPED = "STOPPED";

    private static ProblemException stopped(int fiscalYear, ContinuationSummary continuation) {
        return ProblemException.businessRule(
                        "continuation-stopped", "The project's evaluations decided STOP: no money for " + fiscalYear)
                .with("continuation", continuation.basis());
    }

    /**
     * How old an answer of projects-service may be once the lock that orders a step of money is held. A step asks
     * before it takes its budget line's lock, so that the remote call never holds it; but the wait for that lock
     * counts too: a queue of payments on one line let payments commit more than a second after a suspension (found by
     * paying 400 approved requests on one line from 100 callers while suspending the project). An answer older than
     * this when the lock is held is asked again, under the lock ({@link #reconfirm}).
     */
    public static final Duration FRESH_FOR = Duration.ofMillis(100);

    /** An answer that the project is ACTIVE, and when it was asked (for {@link #reconfirm}). */
    public record ActiveAnswer(ProjectSummary project, String step, long askedAtNanos) {}

    /**
     * The project, when it is {@code ACTIVE}; otherwise 422 {@code project-not-active} naming its state and since
     * when. Money is requested, approved and paid for active projects only: a suspended or terminated project gets
     * none, and one whose agreement is signed but that has not started yet gets none before it starts.
     */
    public ActiveAnswer requireActive(UUID projectId, String step) {
        long asked = System.nanoTime();
        ProjectSummary project = get(projectId, "the project's state");
        if (!project.active()) {
            throw ProblemException.businessRule(
                            "project-not-active",
                            "Project " + project.code() + " is "
                                    + project.status()
                                    + (project.statusChangedAt() == null ? "" : " since " + project.statusChangedAt())
                                    + "; money is " + step + " only for an ACTIVE project")
                    .with("projectStatus", project.status());
        }
        return new ActiveAnswer(project, step, asked);
    }

    /**
     * Called with the line's lock held: asks again when {@code answer} is older than {@link #FRESH_FOR}, so that a
     * suspension that committed while this step waited for the lock is seen (422 {@code project-not-active}).
     */
    public void reconfirm(ActiveAnswer answer) {
        if (System.nanoTime() - answer.askedAtNanos() > FRESH_FOR.toNanos()) {
            requireActive(answer.project().id(), answer.step());
        }
    }

    /**
     * Money for {@code fiscalYear} up to {@code totalKrw}, as projects-service's continuation allows it: a project's
     * first year freely; a later year after a decided continue for the year before (422 {@code continuation-pending}
     * before a decision, {@code continuation-stopped} after STOP), within its cap (422 {@code continuation-cap});
     * 503 when projects-service cannot answer.
     */
    public ContinuationSummary requireContinuation(UUID projectId, int fiscalYear, long totalKrw) {
        ContinuationSummary continuation = projects.continuation(projectId, fiscalYear);
        if (!continuation.allowed()) {
            if (STOPPED.equals(continuation.basis())) {
                throw stopped(fiscalYear, continuation);
            }
            throw ProblemException.businessRule(
                            "continuation-pending",
                            "No money for " + fiscalYear + " before a decided evaluation of " + (fiscalYear - 1)
                                    + " allows it (" + continuation.basis() + ")")
                    .with("continuation", continuation.basis());
        }
        requireWithinCap(continuation, totalKrw);
        return continuation;
    }

    /**
     * 422 {@code continuation-cap} when the fiscal year would hold more than its evaluation allows (a first year has no
     * cap): checked again by a caller under its own lock, with the continuation it was answered before taking it.
     */
    public static void requireWithinCap(ContinuationSummary continuation, long totalKrw) {
        if (!ContinuationSummary.FIRST_YEAR.equals(continuation.basis()) && totalKrw > continuation.capKrw()) {
            int year = continuation.fiscalYear();
            throw ProblemException.businessRule(
                            "continuation-cap",
                            year + " would hold " + totalKrw + " KRW, above the " + continuation.capKrw()
                                    + " KRW the evaluation of " + (year - 1) + " allows (" + continuation.basis()
                                    + ")")
                    .with("capKrw", continuation.capKrw());
        }
    }
}
