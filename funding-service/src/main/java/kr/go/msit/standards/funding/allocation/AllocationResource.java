package kr.go.msit.standards.funding.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Idempotent;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/allocations")
@Tag(name = "Allocations", description = "Project awards against program envelopes, split into budget lines (비목)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    private final AllocationService service;

    public AllocationResource(AllocationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "listAllocations", summary = "List allocations with their budget lines")
    public PageView<AllocationView> list(@QueryParam("projectId") UUID projectId,
            @QueryParam("envelopeId") UUID envelopeId, @Valid @BeanParam PageRequest page) {
        return service.list(projectId, envelopeId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "getAllocation", summary = "Get an allocation with its budget lines (ETag)")
    public Response get(@PathParam("id") UUID id) {
        AllocationView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "getAllocationHistory", summary = "Audit history of the allocation, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "createAllocation", summary = "Allocate a project's award; the project must exist and be fundable in projects-service (Idempotency-Key supported)")
    public Response create(@Valid @NotNull AllocationRequest request) {
        AllocationView view = service.create(request);
        return ETags.created("/api/v1/allocations/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}/lines")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "setAllocationLines", summary = "Set budget lines by fiscal year and cost category, within the award and each year's appropriation")
    public Response setLines(@PathParam("id") UUID id, @Valid @NotNull LinesRequest request) {
        AllocationView view = service.setLines(id, request);
        return ETags.ok(view, view.version());
    }
}
