package kr.go.msit.standards.funding.disbursement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/disbursements")
@Tag(name = "Disbursements", description = "Disbursements (지급) from budget lines: requested → approved → paid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisbursementResource {

    private final DisbursementService service;

    public DisbursementResource(DisbursementService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "listDisbursements", summary = "List disbursements by project, budget line and state")
    public PageView<DisbursementView> list(
            @QueryParam("projectId") UUID projectId,
            @QueryParam("lineId") UUID lineId,
            @QueryParam("status") DisbursementStatus status,
            @Parameter(
                            description =
                                    "The next of the previous page: continues the list after it (page is then ignored)")
                    @QueryParam("after")
                    @Size(max = 600)
                    String after,
            @Valid @BeanParam PageRequest page) {
        return service.list(projectId, lineId, status, page, after);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "getDisbursement", summary = "Get a disbursement (ETag)")
    public RestResponse<DisbursementView> get(@PathParam("id") UUID id) {
        DisbursementView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "getDisbursementHistory", summary = "Audit history of the disbursement, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @POST
    @Idempotent(required = true)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-line": "no such budget line in this allocation",
                "allocation-settled": "the allocation is settled",
                "line-exceeded": "the line has not that much left (remainingKrw)",
                "project-not-active": "the project is not ACTIVE in projects-service (projectStatus)",
                "continuation-pending": "the line's fiscal year is not yet allowed by a decided evaluation",
                "continuation-stopped": "the project's evaluations decided STOP",
                "continuation-cap": "the year's requests would commit more than its evaluation allows (capKrw)",
                "unknown-project": "projects-service does not know the project"}}""")
    @Operation(
            operationId = "requestDisbursement",
            summary =
                    "Request a disbursement from a budget line (Idempotency-Key required); refused (422) above what the line has left or unless the project is ACTIVE (asked of projects-service; 503 when it cannot answer)")
    @APIResponseSchema(
            value = DisbursementView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<DisbursementView> request(@Valid @NotNull DisbursementRequest request) {
        DisbursementView view = service.request(request);
        return ETags.created("/api/v1/disbursements/" + view.id(), view, view.version());
    }

    @POST
    @Path("/{id}/approve")
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"403": {"maker-checker": "the one who asked cannot decide"},
            "422": {"project-not-active": "the project is not ACTIVE in projects-service (projectStatus)",
                "unknown-project": "projects-service does not know the project",
                "continuation-pending": "the line's fiscal year is not yet allowed by a decided evaluation",
                "continuation-stopped": "the project's evaluations decided STOP",
                "continuation-cap": "the year's approved and paid money would be more than its evaluation allows (capKrw)"}}""")
    @Operation(
            operationId = "approveDisbursement",
            summary = "REQUESTED → APPROVED, by someone other than the requester, while the project is ACTIVE and "
                    + "within its year's cap")
    public RestResponse<DisbursementView> approve(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DisbursementDecisionRequest request) {
        return transition(id, DisbursementAction.APPROVE, ifMatch, request);
    }

    @POST
    @Path("/{id}/reject")
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required"}}""")
    @Operation(
            operationId = "rejectDisbursement",
            summary = "REQUESTED → REJECTED (reason required); the line gets the amount back")
    public RestResponse<DisbursementView> reject(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DisbursementDecisionRequest request) {
        return transition(id, DisbursementAction.REJECT, ifMatch, request);
    }

    @POST
    @Path("/{id}/pay")
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"403": {"maker-checker": "the one who asked cannot decide"},
            "409": {"payment-reference-used": "the paymentReference already identifies another payment"},
            "422": {"payment-reference-required": "paying needs a paymentReference",
                "fiscal-year-not-begun": "the line's fiscal year has not begun (Korea): its money is paid from 1 January (fiscalYear)",
                "project-not-active": "the project is not ACTIVE in projects-service (projectStatus)",
                "unknown-project": "projects-service does not know the project",
                "continuation-pending": "the line's fiscal year is not yet allowed by a decided evaluation",
                "continuation-stopped": "the project's evaluations decided STOP",
                "continuation-cap": "the year's paid money would be more than its evaluation allows (capKrw)"}}""")
    @Operation(
            operationId = "payDisbursement",
            summary =
                    "APPROVED → PAID with the transfer reference (one reference, one payment), by someone other than the requester, while the project is ACTIVE, once the line's fiscal year has begun and within its year's cap; writes a PAY ledger entry")
    public RestResponse<DisbursementView> pay(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DisbursementDecisionRequest request) {
        return transition(id, DisbursementAction.PAY, ifMatch, request);
    }

    @POST
    @Path("/{id}/cancel")
    @Idempotent
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.INSTITUTION})
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"reason-required": "a reason is required"}}""")
    @Operation(
            operationId = "cancelDisbursement",
            summary = "REQUESTED or APPROVED → CANCELLED (reason required); the line gets the amount back")
    public RestResponse<DisbursementView> cancel(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DisbursementDecisionRequest request) {
        return transition(id, DisbursementAction.CANCEL, ifMatch, request);
    }

    @POST
    @Path("/{id}/reverse")
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"403": {"maker-checker": "the one who recorded the payment cannot reverse it"},
            "422": {"reason-required": "a reason is required",
                "reversal-above-paid": "the line has less paid and not recovered than the amount",
                "allocation-settled": "the allocation is settled"}}""")
    @Operation(
            operationId = "reverseDisbursement",
            summary =
                    "PAID → REVERSED, once, when the bank returned the transfer (reason required), by a finance officer other than the one who recorded the payment; the line's paid and committed amounts drop and a REVERSE ledger entry is written")
    public RestResponse<DisbursementView> reverse(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid DisbursementDecisionRequest request) {
        return transition(id, DisbursementAction.REVERSE, ifMatch, request);
    }

    private RestResponse<DisbursementView> transition(
            UUID id, DisbursementAction action, String ifMatch, DisbursementDecisionRequest request) {
        DisbursementView view =
                service.transition(id, action, ifMatch, request == null ? DisbursementDecisionRequest.EMPTY : request);
        return ETags.ok(view, view.version());
    }
}
