package kr.go.msit.standards.clients.projects;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kr.go.msit.standards.platform.client.Dependencies;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * A project as projects-service sees it now, for a rule that needs it: 422 {@code unknown-project} when it does not
 * know it (or the caller may not see it), 503 naming projects-service when it cannot answer (fail closed). A bean of
 * its own so that the call goes through {@link ProjectsCalls}' fault tolerance.
 */
@ApplicationScoped
public class ProjectLookup {

    private final ProjectsCalls calls;

    public ProjectLookup(ProjectsCalls calls) {
        this.calls = calls;
    }

    /** The project; {@code purpose} names what it is needed for, in the 503's detail. */
    public ProjectSummary require(UUID projectId, String purpose) {
        return Dependencies.call(ProjectsCalls.DEPENDENCY, purpose, () -> calls.project(projectId))
                .orElseThrow(() -> ProblemException.businessRule(
                        "unknown-project", "Project " + projectId + " does not exist in projects-service"));
    }

    /**
     * The program, whose envelope and years bound the money of its budget; 422 {@code unknown-program} when
     * projects-service does not know it, 503 as {@link #require}.
     */
    public ProgramSummary program(UUID programId, String purpose) {
        return Dependencies.call(ProjectsCalls.DEPENDENCY, purpose, () -> calls.program(programId))
                .orElseThrow(() -> ProblemException.businessRule(
                        "unknown-program", "Program " + programId + " does not exist in projects-service"));
    }

    /** Whether money for {@code fiscalYear} is allowed and up to how much; 422/503 as {@link #require}. */
    public ContinuationSummary continuation(UUID projectId, int fiscalYear) {
        return Dependencies.call(
                        ProjectsCalls.DEPENDENCY,
                        "the project's continuation for " + fiscalYear,
                        () -> calls.continuation(projectId, fiscalYear))
                .orElseThrow(() -> ProblemException.businessRule(
                        "unknown-project", "Project " + projectId + " does not exist in projects-service"));
    }
}
