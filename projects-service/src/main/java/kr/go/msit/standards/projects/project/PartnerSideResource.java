package kr.go.msit.standards.projects.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/projects/{projectId}/partner-side")
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerSideResource {

    private final PartnerSideService service;

    public PartnerSideResource(PartnerSideService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-agency": "partnership-service does not know the agency",
                "unknown-unit": "a unit is not one of the agency's, or a counterpart's unit not among unitIds",
                "unknown-agreement": "partnership-service does not know the agreement (or the caller may not see it)",
                "agreement-not-the-projects": "the agreement is not between the lead institution and the agency",
                "agreement-not-active": "the agreement is not ACTIVE",
                "agreement-not-in-force": "the agreement is ACTIVE but not in force today: not yet effective, or expired"}}""")
    @Operation(
            operationId = "setProjectPartnerSide",
            summary = "Record the partner (NIST) side of a project: agency, units, division, counterparts and the "
                    + "agreement it relies on, each checked with partnership-service (503 when it cannot answer); "
                    + "by a program manager or the project's institution (If-Match supported)")
    public RestResponse<ProjectView> set(
            @PathParam("projectId") UUID projectId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerSideRequest request) {
        ProjectView view = service.set(projectId, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}
