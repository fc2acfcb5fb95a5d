package kr.go.msit.standards.funding.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ledger")
@Tag(name = "Ledger", description = "The append-only ledger of money movements, and its reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final LedgerService service;

    public LedgerResource(LedgerService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.PROGRAM_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listLedgerEntries", summary = "List ledger entries in the order they were written")
    public PageView<LedgerEntryView> list(
            @QueryParam("allocationId") UUID allocationId,
            @QueryParam("lineId") UUID lineId,
            @QueryParam("type") EntryType type,
            @Valid @BeanParam PageRequest page,
            @Parameter(
                            description =
                                    "The next of the previous page: continues the list after it (page is then ignored)")
                    @QueryParam("after")
                    @Size(max = 600)
                    String after) {
        return service.list(allocationId, lineId, type, page, after);
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.AUDITOR})
    @Operation(
            operationId = "reconcileLedger",
            summary = "Recompute every balance from the ledger and report any difference")
    public ReconciliationView reconcile() {
        return service.reconcile();
    }
}
