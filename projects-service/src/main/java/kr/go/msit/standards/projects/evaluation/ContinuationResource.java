package kr.go.msit.standards.projects.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{projectId}/continuation")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class ContinuationResource {

    private final ContinuationService service;

    public ContinuationResource(ContinuationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(
            operationId = "getProjectContinuation",
            summary = "Whether the project may receive money for a fiscal year and its cap: the first year always; a "
                    + "later year after a decided CONTINUE (or CONTINUE_REDUCED, capped) for the year before")
    public ContinuationView get(
            @PathParam("projectId") UUID projectId,
            @Parameter(required = true, description = "The fiscal year money is for")
                    @QueryParam("fiscalYear")
                    @NotNull
                    @Min(2000)
                    @Max(2100)
                    Integer fiscalYear) {
        return service.of(projectId, fiscalYear);
    }
}
