package kr.go.msit.standards.funding.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
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

    /** The project as projects-service sees it now; 422 {@code unknown-project} when it does not know it. */
    public ProjectSummary get(UUID projectId, String purpose) {
        return projects.require(projectId, purpose);
    }

    /**
     * The project, when it is {@code ACTIVE}; otherwise 422 {@code project-not-active} naming its state and since
     * when. Money is requested, approved and paid for active projects only: a suspended or terminated project gets
     * none, and one whose agreement is signed but that has not started yet gets none before it starts.
     */
    public ProjectSummary requireActive(UUID projectId, String step) {
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
        return project;
    }
}
