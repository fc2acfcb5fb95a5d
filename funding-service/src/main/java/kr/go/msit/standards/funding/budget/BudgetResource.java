package kr.go.msit.standards.funding.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/budgets")
@Tag(name = "Budgets", description = "Program budget envelopes")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private final BudgetService service;

    public BudgetResource(BudgetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.VIEWER})
    @Operation(operationId = "listBudgets", summary = "List budget envelopes")
    public PageView<BudgetView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.VIEWER})
    @Operation(operationId = "getBudget", summary = "Get a budget envelope (ETag)")
    public RestResponse<BudgetView> get(@PathParam("id") UUID id) {
        BudgetView view = service.get(id);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.VIEWER})
    @Operation(operationId = "getBudgetHistory", summary = "Audit history of the envelope, oldest first")
    public PageView<AuditEventView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, page);
    }

    @PUT
    @Path("/{id}/appropriations/{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"year-outside-envelope": "the fiscal year is outside the program's years (projects-service)",
                "appropriations-above-envelope": "appropriations would exceed the program's envelope (remainingKrw)",
                "unknown-program": "projects-service no longer knows the budget's program",
                "appropriation-below-lines": "the appropriation would be below the year's lines"}}""")
    @Operation(
            operationId = "setAppropriation",
            summary =
                    "Set a fiscal year's appropriation; all years together stay within the envelope (If-Match supported)")
    public RestResponse<BudgetView> appropriate(
            @PathParam("id") UUID id,
            @PathParam("fiscalYear") @Min(2000) @Max(2100) int fiscalYear,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull AppropriationRequest request) {
        BudgetView view = service.appropriate(id, fiscalYear, ifMatch, request.amountKrw());
        return ETags.ok(view, view.version());
    }
}
