package kr.go.msit.standards.partnership.need;

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
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
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

@Path("/api/v1/cooperation-needs")
@Tag(name = "Cooperation needs", description = "Korean institutions' cooperation needs and their matching (협력 수요 연계)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeedResource {

    private final NeedService service;

    public NeedResource(NeedService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "listCooperationNeeds", summary = "List needs by code; an institution sees its own")
    public PageView<NeedView> list(
            @Parameter(description = "Only this institution's") @QueryParam("institutionId") UUID institutionId,
            @Parameter(description = "Only needs in this state") @QueryParam("status") NeedStatus status,
            @Parameter(description = "Only this technology area") @QueryParam("technologyArea") TechnologyArea area,
            @Valid @BeanParam PageRequest page) {
        return service.list(institutionId, status, area, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getCooperationNeed", summary = "Get a need (ETag)")
    public RestResponse<NeedView> get(@PathParam("id") UUID id) {
        NeedView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getCooperationNeedHistory", summary = "Audit history of the need, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @GET
    @Path("/{id}/suggested-offers")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(
            operationId = "getSuggestedOffers",
            summary = "Open offers ranked for an open or matched need: preferred unit, technology area, kind of "
                    + "cooperation, wished period and similar topic, each offer with its score and reasons")
    public List<Suggestion> suggestions(@PathParam("id") UUID id) {
        return service.suggestions(id);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-institution": "no such institution",
                "unknown-agency": "no such partner agency",
                "unknown-unit": "the preferred unit is not one of the preferred agency's",
                "need-dates": "wishedTo is before wishedFrom"}}""")
    @Operation(
            operationId = "createCooperationNeed",
            summary = "Post a need as a DRAFT: an institution for itself, a partnership officer for one")
    @APIResponseSchema(
            value = NeedView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<NeedView> create(@Valid @NotNull NeedRequest request) {
        NeedView view = service.create(request);
        return ETags.created("/api/v1/cooperation-needs/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-agency": "no such partner agency",
                "unknown-unit": "the preferred unit is not one of the preferred agency's",
                "need-dates": "wishedTo is before wishedFrom",
                "institution-fixed": "institutionId is not the need's institution"}}""")
    @Operation(
            operationId = "updateCooperationNeed",
            summary = "Replace what a DRAFT or OPEN need asks for; by its institution or a partnership officer "
                    + "(If-Match supported)")
    public RestResponse<NeedView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull NeedRequest request) {
        NeedView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Operation(operationId = "openCooperationNeed", summary = "DRAFT → OPEN: offers may be matched with it")
    public RestResponse<NeedView> open(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        NeedView view = service.transition(id, NeedAction.OPEN_NEED, ifMatch, null);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required"}}""")
    @Operation(
            operationId = "closeCooperationNeed",
            summary = "DRAFT, OPEN or MATCHED → CLOSED, withdrawn or lapsed (reason required)")
    public RestResponse<NeedView> close(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid ReasonRequest request) {
        NeedView view = service.transition(id, NeedAction.CLOSE, ifMatch, request == null ? null : request.reason());
        return ETags.ok(view, view.version());
    }
}
