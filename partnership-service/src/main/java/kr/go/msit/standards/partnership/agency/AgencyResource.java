package kr.go.msit.standards.partnership.agency;

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
import java.util.List;
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

@Path("/api/v1/partner-agencies")
@Tag(name = "Partner agencies", description = "Foreign partner agencies (NIST, later DOE and NSF) and their sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private final AgencyService service;

    public AgencyResource(AgencyService service) {
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
    @Operation(operationId = "listPartnerAgencies", summary = "List partner agencies with their sites")
    public PageView<AgencyView> list(@Valid @BeanParam PageRequest page) {
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
    @Operation(operationId = "getPartnerAgency", summary = "Get a partner agency with its sites (ETag)")
    public RestResponse<AgencyView> get(@PathParam("id") UUID id) {
        AgencyView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.AUDITOR})
    @Operation(operationId = "getPartnerAgencyHistory", summary = "Audit history of the partner agency, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Operation(operationId = "createPartnerAgency", summary = "Add a partner agency (Idempotency-Key supported)")
    @APIResponseSchema(
            value = AgencyView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<AgencyView> create(@Valid @NotNull AgencyRequest request) {
        AgencyView view = service.create(request);
        return ETags.created("/api/v1/partner-agencies/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Operation(operationId = "updatePartnerAgency", summary = "Change a partner agency (If-Match supported)")
    public RestResponse<AgencyView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull AgencyRequest request) {
        AgencyView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/sites")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Operation(operationId = "addPartnerSite", summary = "Add a site to a partner agency")
    public RestResponse<AgencyView> addSite(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull SiteRequest request) {
        AgencyView view = service.addSite(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/units")
    @RolesAllowed({
        Roles.PROGRAM_MANAGER,
        Roles.FINANCE_OFFICER,
        Roles.PARTNERSHIP_OFFICER,
        Roles.INSTITUTION,
        Roles.AUDITOR,
        Roles.VIEWER
    })
    @Operation(
            operationId = "listPartnerUnits",
            summary = "The agency's organisational units (NIST's laboratories), by code")
    public List<AgencyView.UnitView> units(@PathParam("id") UUID id) {
        return service.units(id);
    }

    @POST
    @Path("/{id}/units")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Operation(operationId = "addPartnerUnit", summary = "Add an organisational unit to a partner agency")
    public RestResponse<AgencyView> addUnit(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull UnitRequest request) {
        AgencyView view = service.addUnit(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }
}
