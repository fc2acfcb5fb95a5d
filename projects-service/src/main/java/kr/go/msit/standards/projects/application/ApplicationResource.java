package kr.go.msit.standards.projects.application;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/applications")
@Tag(name = "Applications", description = "Applications to calls, review scores and selection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final ApplicationService service;

    public ApplicationResource(ApplicationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(
            operationId = "listApplications",
            summary = "List applications, filtered by call, state and lead institution")
    public PageView<ApplicationView> list(
            @QueryParam("callId") UUID callId,
            @QueryParam("status") ApplicationStatus status,
            @QueryParam("leadInstitutionId") UUID leadInstitutionId,
            @Valid @BeanParam PageRequest page) {
        return service.list(callId, status, leadInstitutionId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(operationId = "getApplication", summary = "Get an application (ETag)")
    public RestResponse<ApplicationView> get(@PathParam("id") UUID id) {
        ApplicationView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION, Roles.AUDITOR})
    @Operation(
            operationId = "getApplicationHistory",
            summary = "Audit history of the application: who changed what and when, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-call": "no such call",
                "call-not-open": "the call is not OPEN (callStatus)",
                "budget-year-outside-call": "a requested year is outside the call's years",
                "per-project-cap": "the request or award is above the call's per-project cap",
                "lead-also-joint": "the lead institution is also listed as a joint institution",
                "outside-call-dates": "today (Korea) is not within the call's opensOn–closesOn",
                "not-designated": "a DESIGNATED call not for the lead institution"}}""")
    @Operation(
            operationId = "createApplication",
            summary = "Create a draft application under an open call (Idempotency-Key supported)")
    @APIResponseSchema(
            value = ApplicationView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<ApplicationView> create(@Valid @NotNull ApplicationRequest request) {
        ApplicationView view = service.create(request);
        return ETags.created("/api/v1/applications/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"application-call-fixed": "an application cannot move to another call",
                "call-not-open": "the call is not OPEN (callStatus)",
                "budget-year-outside-call": "a requested year is outside the call's years",
                "per-project-cap": "the request or award is above the call's per-project cap",
                "lead-also-joint": "the lead institution is also listed as a joint institution",
                "outside-call-dates": "today (Korea) is not within the call's opensOn–closesOn",
                "not-designated": "a DESIGNATED call not for the lead institution"}}""")
    @Operation(operationId = "updateApplication", summary = "Replace a draft application (If-Match supported)")
    public RestResponse<ApplicationView> update(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ApplicationRequest request) {
        ApplicationView view = service.update(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"call-not-open": "the call is not OPEN (callStatus)",
                "per-project-cap": "the request or award is above the call's per-project cap",
                "unknown-institution": "no such institution in partnership-service",
                "unknown-agency": "a qualifying agency of the call or program is unknown to partnership-service",
                "lead-not-eligible": "the lead institution holds no qualifying partner agreement (reasons)",
                "outside-call-dates": "today (Korea) is not within the call's opensOn–closesOn",
                "not-designated": "a DESIGNATED call not for the lead institution",
                "partner-agreement-not-qualifying": "partnerAgreementId is not an agreement that qualifies the lead institution today"}}""")
    @Operation(operationId = "submitApplication", summary = "DRAFT → SUBMITTED, while the call is open")
    public RestResponse<ApplicationView> submit(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid DecisionRequest request) {
        ApplicationView view = service.submit(id, ifMatch, request == null ? DecisionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/check-eligibility")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "checkApplicationEligibility", summary = "SUBMITTED → ELIGIBILITY_CHECKED")
    public RestResponse<ApplicationView> checkEligibility(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid DecisionRequest request) {
        return transition(id, ApplicationAction.CHECK_ELIGIBILITY, ifMatch, request);
    }

    @POST
    @Path("/{id}/start-review")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "startApplicationReview", summary = "ELIGIBILITY_CHECKED → UNDER_REVIEW")
    public RestResponse<ApplicationView> startReview(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid DecisionRequest request) {
        return transition(id, ApplicationAction.START_REVIEW, ifMatch, request);
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "addApplicationReview", summary = "Add one reviewer's score (0–100) while under review")
    public RestResponse<ApplicationView> addReview(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        ApplicationView view = service.addReview(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/select")
    @Idempotent
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"call-not-under-review": "the call is not UNDER_REVIEW (callStatus)",
                "award-above-request": "the award is above the requested total",
                "per-project-cap": "the request or award is above the call's per-project cap",
                "call-ceiling": "the award would exceed the call's ceiling (remainingKrw)",
                "period-start-outside-program": "periodStart (given, or the default: the first of next month) is outside the program's years",
                "period-end-outside-program": "the project would end (periodEnd) after the program's last year (programEndYear)",
                "unknown-institution": "no such institution in partnership-service",
                "unknown-agency": "a qualifying agency of the call or program is unknown to partnership-service",
                "lead-not-eligible": "the lead institution holds no qualifying partner agreement (reasons)",
                "partner-agreement-not-qualifying": "partnerAgreementId is not an agreement that qualifies the lead institution today"}}""")
    @Operation(
            operationId = "selectApplication",
            summary = "UNDER_REVIEW → SELECTED: creates the project in the same transaction; "
                    + "refused (422) above the call's per-project cap or ceiling (Idempotency-Key supported)")
    public RestResponse<ApplicationView> select(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid DecisionRequest request) {
        ApplicationView view = service.select(id, ifMatch, request == null ? DecisionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Operation(operationId = "rejectApplication", summary = "UNDER_REVIEW → NOT_SELECTED")
    public RestResponse<ApplicationView> reject(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid DecisionRequest request) {
        return transition(id, ApplicationAction.REJECT, ifMatch, request);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.INSTITUTION})
    @Operation(operationId = "withdrawApplication", summary = "Any state before a decision → WITHDRAWN")
    public RestResponse<ApplicationView> withdraw(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid DecisionRequest request) {
        return transition(id, ApplicationAction.WITHDRAW, ifMatch, request);
    }

    private RestResponse<ApplicationView> transition(
            UUID id, ApplicationAction action, String ifMatch, DecisionRequest request) {
        ApplicationView view =
                service.transition(id, action, ifMatch, request == null ? DecisionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }
}
