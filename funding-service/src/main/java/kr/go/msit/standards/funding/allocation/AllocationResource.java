package kr.go.msit.standards.funding.allocation;

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
import kr.go.msit.standards.funding.settlement.SettlementRequests;
import kr.go.msit.standards.funding.settlement.SettlementService;
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

@Path("/api/v1/allocations")
@Tag(name = "Allocations", description = "Project awards against program envelopes, split into budget lines (비목)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    private final AllocationService service;
    private final SettlementService settlement;
    private final BudgetLines lines;

    public AllocationResource(AllocationService service, SettlementService settlement, BudgetLines lines) {
        this.lines = lines;
        this.service = service;
        this.settlement = settlement;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "listAllocations", summary = "List allocations with their budget lines")
    public PageView<AllocationView> list(
            @QueryParam("projectId") UUID projectId,
            @QueryParam("envelopeId") UUID envelopeId,
            @Valid @BeanParam PageRequest page) {
        return service.list(projectId, envelopeId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "getAllocation", summary = "Get an allocation with its budget lines (ETag)")
    public RestResponse<AllocationView> get(@PathParam("id") UUID id) {
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
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-project": "no such project in projects-service",
                "project-not-fundable": "the project is not SELECTED, AGREEMENT_SIGNED or ACTIVE",
                "no-envelope": "the project's program has no budget envelope",
                "unknown-program": "projects-service does not know the project's program",
                "envelope-exceeded": "awards would exceed the envelope (remainingKrw)",
                "award-above-project-award": "above what the project was awarded (remainingKrw: its awarded total)"}}""")
    @Operation(
            operationId = "createAllocation",
            summary =
                    "Allocate a project's award; the project must exist and be fundable in projects-service (Idempotency-Key supported)")
    @APIResponseSchema(
            value = AllocationView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<AllocationView> create(@Valid @NotNull AllocationRequest request) {
        AllocationView view = service.create(request);
        return ETags.created("/api/v1/allocations/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{id}/lines")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"allocation-settled": "the allocation is settled",
                "year-outside-envelope": "the fiscal year is outside the envelope's years",
                "line-below-committed": "a line would be below what is requested, approved or paid on it",
                "lines-above-award": "the lines would exceed the award",
                "appropriation-exceeded": "the year's lines would exceed its appropriation (fiscalYear)",
                "year-outside-project-period": "a fiscal year outside the project's period of performance (fiscalYear)",
                "continuation-pending": "a later fiscal year before a decided evaluation of the year before allows it",
                "continuation-stopped": "the evaluation of the year before decided STOP",
                "continuation-cap": "the year's lines would exceed the cap its evaluation allows (capKrw)",
                "unknown-project": "no such project in projects-service",
                "project-not-fundable": "a line raised for a COMPLETED, CLOSED or TERMINATED project (projectStatus)"}}""")
    @Operation(
            operationId = "setAllocationLines",
            summary =
                    "Set budget lines by fiscal year and cost category, within the award and each year's appropriation (If-Match supported)")
    public RestResponse<AllocationView> setLines(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull LinesRequest request) {
        AllocationView view = lines.setLines(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/recoveries")
    @Idempotent(required = true)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-line": "no such budget line in this allocation",
                "recovery-above-paid": "more than was paid and not yet recovered"}}""")
    @Operation(
            operationId = "recoverFromAllocation",
            summary =
                    "Recover (환수) a disallowed paid amount from a budget line; writes a RECOVER ledger entry (Idempotency-Key required)")
    public RestResponse<AllocationView> recover(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull SettlementRequests.Recovery request) {
        AllocationView view = settlement.recover(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/deobligations")
    @Idempotent(required = true)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"allocation-settled": "the allocation is settled",
                "deobligation-below-lines": "the award would fall below its lines (maximumKrw)",
                "deobligation-whole-award": "de-obligating the whole award; settle instead"}}""")
    @Operation(
            operationId = "deobligateAllocation",
            summary =
                    "Reduce the award by an amount not planned into budget lines; writes a DEOBLIGATE ledger entry (Idempotency-Key required)")
    public RestResponse<AllocationView> deobligate(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull SettlementRequests.Deobligation request) {
        AllocationView view = settlement.deobligate(id, ifMatch, request);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/settle")
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"allocation-settled": "the allocation is settled",
                "unknown-project": "no such project in projects-service",
                "project-not-ended": "the project is not COMPLETED, TERMINATED or CLOSED",
                "settlement-open-items": "a disbursement or carry-over awaits a decision"}}""")
    @Operation(
            operationId = "settleAllocation",
            summary =
                    "Settle (정산) the allocation of a completed or terminated project: every unused balance is returned (반납, RETURN entries) and the award reduced to what was spent")
    public RestResponse<AllocationView> settle(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        AllocationView view = settlement.settle(id, ifMatch);
        return ETags.ok(view, view.version());
    }
}
