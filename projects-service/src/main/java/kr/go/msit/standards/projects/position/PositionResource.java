package kr.go.msit.standards.projects.position;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Idempotent;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/leadership-positions")
@Tag(name = "Leadership positions", description = "Roles held in standards bodies' groups (의장단·에디터 수임)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PositionResource {

    private final PositionService service;

    public PositionResource(PositionService service) {
        this.service = service;
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
            operationId = "listLeadershipPositions",
            summary = "List leadership positions by start date; an institution sees its own projects'")
    public PageView<PositionView> list(
            @Parameter(description = "Only this project's") @QueryParam("projectId") UUID projectId,
            @Parameter(description = "Only those in this standards body") @QueryParam("bodyId") UUID bodyId,
            @Valid @BeanParam PageRequest page) {
        return service.list(projectId, bodyId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(operationId = "getLeadershipPosition", summary = "Get a leadership position (ETag)")
    public RestResponse<PositionView> get(@PathParam("id") UUID id) {
        PositionView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(operationId = "getLeadershipPositionHistory", summary = "Audit history of the position, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-project": "no such project (or not the caller's institution's)",
                "unknown-standards-body": "no such standards body",
                "position-dates": "endDate is before startDate",
                "date-before-1900": "startDate or endDate is before 1900"}}""")
    @Operation(
            operationId = "createLeadershipPosition",
            summary =
                    "Record a position a project's researcher holds; by the project's institution or a program manager")
    @APIResponseSchema(
            value = PositionView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<PositionView> create(@Valid @NotNull PositionRequest request) {
        PositionView view = service.create(request);
        return ETags.created("/api/v1/leadership-positions/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-standards-body": "no such standards body",
                "position-dates": "endDate is before startDate",
                "date-before-1900": "startDate or endDate is before 1900",
                "project-fixed": "projectId is not the position's project"}}""")
    @Operation(
            operationId = "updateLeadershipPosition",
            summary = "Replace a position's fields, e.g. its end date (If-Match supported)")
    public RestResponse<PositionView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull PositionRequest request) {
        PositionView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}
