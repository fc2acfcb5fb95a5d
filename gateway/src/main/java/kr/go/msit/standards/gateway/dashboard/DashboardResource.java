package kr.go.msit.standards.gateway.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dashboard")
@Tag(name = "Dashboard", description = "The program at a glance, composed from all three services")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService service;
    private final ProblemResponses problems;

    public DashboardResource(DashboardService service, ProblemResponses problems) {
        this.service = service;
        this.problems = problems;
    }

    @GET
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
            operationId = "getDashboard",
            summary =
                    "Program totals by fiscal year, projects by state and technology area, active and soon-expiring agreements, researchers on site; parts that fail are null and listed in degraded")
    public CompletionStage<DashboardView> get(
            @Parameter(description = "Agreements expiring within this many days are listed")
                    @QueryParam("expiringWithinDays")
                    @DefaultValue("90")
                    @Min(1)
                    @Max(3650)
                    int expiringWithinDays,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("traceparent") String traceparent) {
        return service.dashboard(
                expiringWithinDays, ServiceCalls.forwarded(authorization, problems.requestId(), traceparent));
    }
}
