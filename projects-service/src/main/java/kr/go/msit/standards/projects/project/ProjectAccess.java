package kr.go.msit.standards.projects.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;

/**
 * Who may see and change what of a project: its personal data, and the output records (contributions, positions,
 * publications) its institution and program managers write.
 */
@ApplicationScoped
public class ProjectAccess {

    private final Caller caller;

    public ProjectAccess(Caller caller) {
        this.caller = caller;
    }

    /**
     * The project as this caller may see it: its counterparts' e-mail addresses (personal data) for program managers,
     * auditors and the project's own institution only.
     */
    public ProjectView view(Project project) {
        boolean personal = caller.has(Roles.PROGRAM_MANAGER)
                || caller.has(Roles.AUDITOR)
                || (caller.has(Roles.INSTITUTION)
                        && caller.institutionId()
                                .map(project.leadInstitutionId::equals)
                                .orElse(false));
        return ProjectView.of(project, personal);
    }

    /**
     * The project a new output record (contribution, position, publication) names: 422 {@code unknown-project} when
     * it does not exist or the caller may not see it, 403 when the caller may not act for its institution (program
     * managers act for every project, an institution for its own).
     */
    public Project referencedForOutputs(UUID projectId) {
        Project project = Project.findById(projectId);
        if (project == null || !caller.canSee(project.leadInstitutionId)) {
            throw ProblemException.businessRule("unknown-project", "No project " + projectId);
        }
        caller.requireActingFor(project.leadInstitutionId, Roles.PROGRAM_MANAGER);
        return project;
    }

    /**
     * Narrows a list of records that belong to a project (a {@code projectId} column) to the projects the caller may
     * see: an institution its own, everyone else every project.
     */
    public Where visibleProjectsOnly(Where where) {
        return where.and(
                "projectId in (select p.id from Project p where p.leadInstitutionId = :lead)",
                "lead",
                caller.scope().orElse(null));
    }

    /**
     * The project that record {@code id} of {@code resource} belongs to; 404 naming the record unless the caller may
     * see the project (ids of other institutions' records do not leak).
     */
    public Project visibleOwnerOf(UUID projectId, String resource, Object id) {
        Project project = Project.found(projectId);
        caller.requireVisible(project.leadInstitutionId, resource, id);
        return project;
    }

    /** 404 unless the caller may see the project; 404 too unless it may change its records (ids do not leak). */
    public Project changeableOutputsOf(UUID projectId, String resource, Object id) {
        Project project = visibleOwnerOf(projectId, resource, id);
        caller.requireChangeable(project.leadInstitutionId, resource, id, Roles.PROGRAM_MANAGER);
        return project;
    }
}
