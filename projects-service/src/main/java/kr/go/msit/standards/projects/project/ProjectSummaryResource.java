package kr.go.msit.standards.projects.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The projects counted for the dashboard (the gateway's {@code /api/v1/dashboard} composes it with the others). */
@Path("/api/v1/projects/summary")
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectSummaryResource {

    private final ProjectSummaryService summaries;

    public ProjectSummaryResource(ProjectSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(
            operationId = "summarizeProjects",
            summary = "Projects counted by state and technology area, with KRW awarded (an institution counts its own)")
    public ProjectSummaryView summary(@QueryParam("programId") UUID programId) {
        return summaries.summary(programId);
    }
}
