package kr.go.msit.standards.projects.standards;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/standards-bodies")
@Tag(
        name = "Standards bodies",
        description = "Standards bodies (ISO, ITU-T, 3GPP, ...) and the stages of their work items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StandardsBodyResource {

    private final StandardsBodyService service;

    public StandardsBodyResource(StandardsBodyService service) {
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
    @Operation(operationId = "listStandardsBodies", summary = "List standards bodies with their stages, by code")
    public PageView<StandardsBodyView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
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
    @Operation(operationId = "getStandardsBody", summary = "Get a standards body with its stages (ETag)")
    public RestResponse<StandardsBodyView> get(@PathParam("id") UUID id) {
        StandardsBodyView view = service.get(id);
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
    @Operation(operationId = "getStandardsBodyHistory", summary = "Audit history of the standards body, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"stage-list-invalid": "codes repeat, the first stage is terminal, or the PUBLISHED or WORK_ITEM_ADOPTED stage is missing, repeated or misplaced"}}""")
    @Operation(operationId = "createStandardsBody", summary = "Add a standards body and its stage list")
    @APIResponseSchema(
            value = StandardsBodyView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<StandardsBodyView> create(@Valid @NotNull StandardsBodyRequest request) {
        StandardsBodyView view = service.create(request);
        return ETags.created("/api/v1/standards-bodies/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"stage-list-invalid": "codes repeat, the first stage is terminal, or the PUBLISHED or WORK_ITEM_ADOPTED stage is missing, repeated or misplaced",
                "body-in-use": "the stages would change while contributions record stages of this body"}}""")
    @Operation(
            operationId = "updateStandardsBody",
            summary = "Replace a standards body's names, kind and stages (If-Match supported)")
    public RestResponse<StandardsBodyView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull StandardsBodyRequest request) {
        StandardsBodyView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}
