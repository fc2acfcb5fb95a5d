package kr.go.msit.standards.gateway.dossier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "A project's dossier, composed from all three services")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final DossierService service;
    private final ProblemResponses problems;

    public DossierResource(DossierService service, ProblemResponses problems) {
        this.service = service;
        this.problems = problems;
    }

    @GET
    @Path("/{projectId}")
    // the gateway's Admission has verified the token before this runs; each part honours the caller's roles
    @SecurityRequirement(
            name = "bearerAuth",
            scopes = {
                Roles.PROGRAM_MANAGER,
                Roles.FINANCE_OFFICER,
                Roles.PARTNERSHIP_OFFICER,
                Roles.INSTITUTION,
                Roles.AUDITOR,
                Roles.VIEWER
            })
    @Operation(
            operationId = "getProjectDossier",
            summary =
                    "The project with its reports, allocation, disbursement summary, the lead institution's agreements and eligibility, and its dispatches; parts that fail are null and listed in degraded")
    public CompletionStage<DossierView> get(
            @PathParam("projectId") UUID projectId,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("traceparent") String traceparent) {
        return service.dossier(projectId, ServiceCalls.forwarded(authorization, problems.requestId(), traceparent));
    }
}
