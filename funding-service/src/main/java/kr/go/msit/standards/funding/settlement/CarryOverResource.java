package kr.go.msit.standards.funding.settlement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.persistence.Idempotent;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An allocation's carry-overs (이월): asked for by one finance officer, decided by another. */
@Path("/api/v1/allocations/{id}/carry-overs")
@Tag(name = "Allocations", description = "Project awards against program envelopes, split into budget lines (비목)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarryOverResource {

    private final CarryOverService carryOvers;

    public CarryOverResource(CarryOverService carryOvers) {
        this.carryOvers = carryOvers;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "listCarryOvers", summary = "The allocation's carry-overs (이월)")
    public List<CarryOverView> carryOvers(@PathParam("id") UUID id) {
        return carryOvers.carryOvers(id);
    }

    @GET
    @Path("/{carryOverId}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.INSTITUTION})
    @Operation(operationId = "getCarryOver", summary = "One carry-over of the allocation (ETag)")
    public RestResponse<CarryOverView> carryOver(@PathParam("id") UUID id, @PathParam("carryOverId") UUID carryOverId) {
        CarryOverView view = carryOvers.carryOver(id, carryOverId);
        return ETags.ok(view, view.version());
    }

    @POST
    @Idempotent(required = true)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"allocation-settled": "the allocation is settled",
                "unknown-line": "no such budget line in this allocation",
                "year-outside-envelope": "the fiscal year is outside the envelope's years",
                "continuation-pending": "next year is not yet allowed by a decided evaluation",
                "continuation-stopped": "the evaluation of the year before next decided STOP",
                "continuation-cap": "next year's lines would exceed the cap its evaluation allows (capKrw)",
                "unknown-project": "no such project in projects-service",
                "project-not-fundable": "the project is COMPLETED, CLOSED or TERMINATED (projectStatus)",
                "line-exceeded": "the line has not that much left (remainingKrw)"}}""")
    @Operation(
            operationId = "requestCarryOver",
            summary =
                    "Request a carry-over (이월) of unspent budget to the same category next year (Idempotency-Key required)")
    @APIResponseSchema(
            value = CarryOverView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<CarryOverView> requestCarryOver(
            @PathParam("id") UUID id, @Valid @NotNull SettlementRequests.CarryOverRequest request) {
        CarryOverView view = carryOvers.requestCarryOver(id, request);
        return ETags.created("/api/v1/allocations/" + id + "/carry-overs/" + view.id(), view, view.version());
    }

    @POST
    @Path("/{carryOverId}/approve")
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"403": {"maker-checker": "the one who asked cannot decide"},
            "422": {"allocation-settled": "the allocation is settled",
                "line-exceeded": "the line has not that much left (remainingKrw)",
                "line-below-committed": "a line would be below what is requested, approved or paid on it",
                "appropriation-exceeded": "the year's lines would exceed its appropriation (fiscalYear)",
                "continuation-pending": "next year is not yet allowed by a decided evaluation",
                "continuation-stopped": "the evaluation of the year before next decided STOP",
                "continuation-cap": "next year's lines would exceed the cap its evaluation allows (capKrw)",
                "unknown-project": "no such project in projects-service",
                "project-not-fundable": "the project is COMPLETED, CLOSED or TERMINATED (projectStatus)"}}""")
    @Operation(
            operationId = "approveCarryOver",
            summary =
                    "Approve a carry-over, by a finance officer other than the requester: the amount moves and a CARRY_OVER entry is written")
    public RestResponse<CarryOverView> approveCarryOver(
            @PathParam("id") UUID id,
            @PathParam("carryOverId") UUID carryOverId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid SettlementRequests.Decision request) {
        CarryOverView view =
                carryOvers.decide(id, carryOverId, ifMatch, true, request == null ? null : request.reason());
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{carryOverId}/reject")
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"403": {"maker-checker": "the one who asked cannot decide"},
            "422": {"reason-required": "a reason is required"}}""")
    @Operation(operationId = "rejectCarryOver", summary = "Reject a carry-over (reason required)")
    public RestResponse<CarryOverView> rejectCarryOver(
            @PathParam("id") UUID id,
            @PathParam("carryOverId") UUID carryOverId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid SettlementRequests.Decision request) {
        CarryOverView view =
                carryOvers.decide(id, carryOverId, ifMatch, false, request == null ? null : request.reason());
        return ETags.ok(view, view.version());
    }
}
