package kr.go.msit.standards.partnership.institution;

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
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Idempotent;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/institutions")
@Tag(name = "Institutions", description = "Korean research institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionResource {

    private final InstitutionService service;

    public InstitutionResource(InstitutionService service) {
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
    @Operation(operationId = "listInstitutions", summary = "List institutions")
    public PageView<InstitutionView> list(@Valid @BeanParam PageRequest page) {
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
    @Operation(operationId = "getInstitution", summary = "Get an institution (ETag)")
    public RestResponse<InstitutionView> get(@PathParam("id") UUID id) {
        InstitutionView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.AUDITOR})
    @Operation(operationId = "getInstitutionHistory", summary = "Audit history of the institution, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Operation(
            operationId = "createInstitution",
            summary = "Add a Korean research institution (Idempotency-Key supported)")
    @APIResponseSchema(
            value = InstitutionView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<InstitutionView> create(@Valid @NotNull InstitutionRequest request) {
        InstitutionView view = service.create(request);
        return ETags.created("/api/v1/institutions/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Operation(
            operationId = "updateInstitution",
            summary = "Change an institution's code or names (If-Match supported)")
    public RestResponse<InstitutionView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull InstitutionRequest request) {
        InstitutionView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}
