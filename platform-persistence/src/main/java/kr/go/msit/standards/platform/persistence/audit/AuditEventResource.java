package kr.go.msit.standards.platform.persistence.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.ServiceName;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The auditor's search of a service's audit trail: {@code /api/v1/audit/{service}}, where {@code service} is the
 * service's own name ({@code projects}, {@code funding}, {@code partnership}); the gateway routes by it.
 */
@Path("/api/v1/audit/{service}")
@Tag(name = "Audit", description = "The append-only audit trail of each service")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private final AuditTrail audit;
    private final ServiceName name;

    public AuditEventResource(AuditTrail audit, ServiceName name) {
        this.audit = audit;
        this.name = name;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(
            operationId = "searchAuditEvents",
            summary = "Search a service's audit trail by actor, resource and time range, oldest first")
    public PageView<AuditEventView> search(
            @Parameter(
                            description = "The service whose trail to search",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"projects", "funding", "partnership"}))
                    @PathParam("service")
                    String service,
            @Parameter(description = "Token subject of the actor") @QueryParam("actor") @Size(max = 255) String actor,
            @Parameter(description = "Resource kind, for example project, call, application, report")
                    @QueryParam("resource")
                    @Size(max = 64)
                    String resource,
            @Parameter(description = "From this instant, inclusive (ISO-8601, e.g. 2026-01-01T00:00:00Z)")
                    @QueryParam("from")
                    OffsetDateTime from,
            @Parameter(description = "Until this instant, exclusive (ISO-8601)") @QueryParam("to") OffsetDateTime to,
            @Valid @BeanParam PageRequest page,
            @Parameter(
                            description =
                                    "The next of the previous page: continues the list after it (page is then ignored)")
                    @QueryParam("after")
                    @Size(max = 600)
                    String after) {
        name.require(service, "audit trail");
        return audit.search(blankToNull(actor), blankToNull(resource), from, to, page, after);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
