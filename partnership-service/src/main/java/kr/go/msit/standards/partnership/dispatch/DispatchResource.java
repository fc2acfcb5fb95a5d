package kr.go.msit.standards.partnership.dispatch;

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
import java.time.LocalDate;
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

@Path("/api/v1/dispatches")
@Tag(name = "Dispatches", description = "Researchers dispatched (파견) to partner-agency sites under a project")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispatchResource {

    private final DispatchService service;

    public DispatchResource(DispatchService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(
            operationId = "listDispatches",
            summary =
                    "List dispatches by project, institution, site, state and period; onSiteOn=DATE is who is at the site that day")
    public PageView<DispatchView> list(
            @QueryParam("projectId") UUID projectId,
            @QueryParam("institutionId") UUID institutionId,
            @QueryParam("siteId") UUID siteId,
            @QueryParam("status") DispatchStatus status,
            @Parameter(description = "Dispatches taking any day from this date (YYYY-MM-DD)") @QueryParam("from")
                    LocalDate from,
            @Parameter(description = "Dispatches taking any day until this date (YYYY-MM-DD)") @QueryParam("to")
                    LocalDate to,
            @Parameter(
                            description =
                                    "Researchers on site that day (YYYY-MM-DD): arrived by then and not yet left, whether still on site or since completed or cut short")
                    @QueryParam("onSiteOn")
                    LocalDate onSiteOn,
            @Valid @BeanParam PageRequest page) {
        return service.list(
                new DispatchService.Filter(projectId, institutionId, siteId, status, from, to, onSiteOn), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getDispatch", summary = "Get a dispatch (ETag)")
    public RestResponse<DispatchView> get(@PathParam("id") UUID id) {
        DispatchView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getDispatchHistory", summary = "Audit history of the dispatch, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"409": {"dispatch-overlap": "the researcher has another dispatch on one of these days"},
            "422": {"unknown-institution": "no such institution in partnership-service",
                "unknown-site": "no such partner site",
                "unknown-unit": "hostUnitId is not a unit of the site's agency",
                "dispatch-dates": "plannedEnd is before plannedStart",
                "date-before-1900": "plannedStart is before 1900",
                "stay-too-long": "longer than the visa category allows: 5 years (J-1 research scholar), 6 months (short-term); latestPlannedEnd",
                "unknown-project": "no such project in projects-service",
                "researcher-not-of-project": "the researcher's institution is neither the project's lead nor one of its joint institutions",
                "dispatch-outside-project-period": "a day of the dispatch lies outside the project's period of performance (projectPeriodStart, projectPeriodEnd)",
                "project-not-active": "the project is not AGREEMENT_SIGNED or ACTIVE in projects-service (projectStatus)",
                "researcher-institution-mismatch": "the e-mail address cannot be used for a researcher of this institution"}}""")
    @Operation(
            operationId = "createDispatch",
            summary =
                    "Plan a dispatch under an existing project (Idempotency-Key supported); an institution requests its own researchers'")
    @APIResponseSchema(
            value = DispatchView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<DispatchView> create(@Valid @NotNull DispatchRequest request) {
        DispatchView view = service.create(request);
        return ETags.created("/api/v1/dispatches/" + view.id(), view, view.version());
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"dispatch-outside-project-period": "a day of the dispatch lies outside the project's period of performance (projectPeriodStart, projectPeriodEnd)",
                "project-not-active": "the project is not AGREEMENT_SIGNED or ACTIVE in projects-service (projectStatus)",
                "unknown-project": "no such project in projects-service"}}""")
    @Operation(operationId = "approveDispatch", summary = "PLANNED → APPROVED")
    public RestResponse<DispatchView> approve(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DispatchTransitionRequest request) {
        return transition(id, DispatchAction.APPROVE, ifMatch, request);
    }

    @POST
    @Path("/{id}/arrive")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"409": {"dispatch-overlap": "the researcher has another dispatch on one of these days"},
            "422": {"date-in-future": "the date has not come yet",
                "dispatch-outside-project-period": "a day of the dispatch lies outside the project's period of performance (projectPeriodStart, projectPeriodEnd)",
                "project-not-active": "the project is not AGREEMENT_SIGNED or ACTIVE in projects-service (projectStatus)",
                "unknown-project": "no such project in projects-service"}}""")
    @Operation(operationId = "recordDispatchArrival", summary = "APPROVED → ON_SITE, with the arrival day")
    public RestResponse<DispatchView> arrive(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DispatchTransitionRequest request) {
        return transition(id, DispatchAction.ARRIVE, ifMatch, request);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"409": {"dispatch-overlap": "the researcher has another dispatch on one of these days"},
            "422": {"date-in-future": "the date has not come yet",
                "end-before-arrival": "the last day is before the arrival"}}""")
    @Operation(operationId = "completeDispatch", summary = "ON_SITE → COMPLETED, with the last day on site")
    public RestResponse<DispatchView> complete(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DispatchTransitionRequest request) {
        return transition(id, DispatchAction.COMPLETE, ifMatch, request);
    }

    @POST
    @Path("/{id}/cut-short")
    @RolesAllowed(Roles.PARTNERSHIP_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"409": {"dispatch-overlap": "the researcher has another dispatch on one of these days"},
            "422": {"reason-required": "a reason is required",
                "date-in-future": "the date has not come yet",
                "end-before-arrival": "the last day is before the arrival"}}""")
    @Operation(
            operationId = "cutDispatchShort",
            summary = "ON_SITE → CUT_SHORT, with the last day on site and a reason")
    public RestResponse<DispatchView> cutShort(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DispatchTransitionRequest request) {
        return transition(id, DispatchAction.CUT_SHORT_ACTION, ifMatch, request);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.PARTNERSHIP_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required"}}""")
    @Operation(operationId = "cancelDispatch", summary = "PLANNED or APPROVED → CANCELLED, with a reason")
    public RestResponse<DispatchView> cancel(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DispatchTransitionRequest request) {
        return transition(id, DispatchAction.CANCEL, ifMatch, request);
    }

    private RestResponse<DispatchView> transition(
            UUID id, DispatchAction action, String ifMatch, DispatchTransitionRequest request) {
        DispatchView view =
                service.transition(id, action, ifMatch, request == null ? DispatchTransitionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }
}
