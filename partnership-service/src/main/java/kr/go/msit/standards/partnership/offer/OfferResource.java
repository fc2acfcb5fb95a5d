package kr.go.msit.standards.partnership.offer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.partnership.need.ReasonRequest;
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

@Path("/api/v1/partner-offers")
@Tag(name = "Partner offers", description = "Partner units' interest in cooperating (협력 수요 연계)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferResource {

    private final OfferService service;

    public OfferResource(OfferService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "listPartnerOffers", summary = "List partner offers by code")
    public PageView<OfferView> list(
            @Parameter(description = "Only offers in this state") @QueryParam("status") OfferStatus status,
            @Parameter(description = "Only this unit's") @QueryParam("unitId") UUID unitId,
            @Parameter(description = "Only this technology area") @QueryParam("technologyArea") TechnologyArea area,
            @Valid @BeanParam PageRequest page) {
        return service.list(status, unitId, area, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getPartnerOffer", summary = "Get a partner offer (ETag)")
    public RestResponse<OfferView> get(@PathParam("id") UUID id) {
        OfferView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getPartnerOfferHistory", summary = "Audit history of the offer, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-unit": "no such partner unit",
                "open-until-past": "openUntil is before today (Korea)"}}""")
    @Operation(operationId = "createPartnerOffer", summary = "Record a partner unit's offer, OPEN until its last day")
    @APIResponseSchema(
            value = OfferView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<OfferView> create(@Valid @NotNull OfferRequest request) {
        OfferView view = service.create(request);
        return ETags.created("/api/v1/partner-offers/" + view.id(), view, view.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Operation(operationId = "closePartnerOffer", summary = "OPEN → CLOSED (If-Match supported)")
    public RestResponse<OfferView> close(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid ReasonRequest request) {
        OfferView view = service.close(id, ifMatch, request == null ? null : request.reason());
        return ETags.ok(view, view.version());
    }
}
