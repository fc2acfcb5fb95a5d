package kr.go.msit.standards.projects.call;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/calls")
@Tag(name = "Calls", description = "Calls for proposals (과제 공모) and their state machine")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

    private final CallService service;

    public CallResource(CallService service) {
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
    @Operation(operationId = "listCalls", summary = "List calls, filtered by program, fiscal year and state")
    public PageView<CallView> list(
            @QueryParam("programId") UUID programId,
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear,
            @QueryParam("status") CallStatus status,
            @Valid @BeanParam PageRequest page) {
        return service.list(programId, fiscalYear, status, page);
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
    @Operation(operationId = "getCall", summary = "Get a call (ETag)")
    public RestResponse<CallView> get(@PathParam("id") UUID id) {
        CallView view = service.get(id);
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
    @Operation(
            operationId = "getCallHistory",
            summary = "Audit history of the call (and of its applications): who changed what and when, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-program": "no such program",
                "call-year-outside-program": "the call's fiscal year is outside its program's years",
                "cap-above-ceiling": "the per-project cap is above the budget ceiling",
                "call-dates": "closesOn is before opensOn",
                "calls-exceed-envelope": "the program's calls would exceed its envelope (remainingKrw)",
                "agency-not-a-partner": "a qualifying agency is not a partner agency of the program",
                "designation-needs-designated-mode": "designated institutions on a call that is not DESIGNATED"}}""")
    @Operation(operationId = "createCall", summary = "Create a call as a draft (Idempotency-Key supported)")
    @APIResponseSchema(
            value = CallView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<CallView> create(@Valid @NotNull CallRequest request) {
        CallView view = service.create(request);
        return ETags.created("/api/v1/calls/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"call-program-fixed": "a call cannot move to another program",
                "call-year-outside-program": "the call's fiscal year is outside its program's years",
                "cap-above-ceiling": "the per-project cap is above the budget ceiling",
                "call-dates": "closesOn is before opensOn",
                "calls-exceed-envelope": "the program's calls would exceed its envelope (remainingKrw)",
                "agency-not-a-partner": "a qualifying agency is not a partner agency of the program",
                "designation-needs-designated-mode": "designated institutions on a call that is not DESIGNATED"}}""")
    @Operation(operationId = "updateCall", summary = "Replace a draft call's fields (If-Match supported)")
    public RestResponse<CallView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull CallRequest request) {
        CallView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/announce")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "announceCall", summary = "DRAFT → ANNOUNCED")
    public RestResponse<CallView> announce(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return transition(id, CallAction.ANNOUNCE, ifMatch);
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"call-dates-required": "opensOn and closesOn are not both set",
                "no-designated-institutions": "a DESIGNATED call without designated institutions"}}""")
    @Operation(operationId = "openCall", summary = "ANNOUNCED → OPEN: applications may be created and submitted")
    public RestResponse<CallView> open(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return transition(id, CallAction.OPEN_SUBMISSIONS, ifMatch);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "closeCall", summary = "OPEN → CLOSED: no more submissions")
    public RestResponse<CallView> close(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return transition(id, CallAction.CLOSE, ifMatch);
    }

    @POST
    @Path("/{id}/start-review")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "startCallReview", summary = "CLOSED → UNDER_REVIEW: applications may be selected")
    public RestResponse<CallView> startReview(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return transition(id, CallAction.START_REVIEW, ifMatch);
    }

    @POST
    @Path("/{id}/publish-results")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"results-before-decisions": "an application of the call is not yet decided"}}""")
    @Operation(operationId = "publishCallResults", summary = "UNDER_REVIEW → RESULTS_PUBLISHED")
    public RestResponse<CallView> publishResults(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return transition(id, CallAction.PUBLISH_RESULTS, ifMatch);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"call-has-projects": "a project was selected from the call: it is cancelled before any selection"}}""")
    @Operation(
            operationId = "cancelCall",
            summary = "Any state before results → CANCELLED, while no project has been selected from it")
    public RestResponse<CallView> cancel(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return transition(id, CallAction.CANCEL, ifMatch);
    }

    private RestResponse<CallView> transition(UUID id, CallAction action, String ifMatch) {
        CallView view = service.transition(id, action, ifMatch);
        return ETags.ok(view, view.version());
    }
}
