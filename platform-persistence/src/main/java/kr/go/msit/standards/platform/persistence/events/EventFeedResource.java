package kr.go.msit.standards.platform.persistence.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.ServiceName;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A service's change feed: {@code /api/v1/events/{service}}, where {@code service} is the service's own name; the
 * gateway routes by it, as it does {@code audit/}.
 */
@Path("/api/v1/events/{service}")
@Tag(name = "Events", description = "The change feed of each service (CloudEvents 1.0) and its webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

    private final EventFeed feed;
    private final Caller caller;
    private final ServiceName name;

    public EventFeedResource(EventFeed feed, Caller caller, ServiceName name) {
        this.feed = feed;
        this.caller = caller;
        this.name = name;
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
    @APIResponseSchema(
            value = EventFeedPage.class,
            responseCode = "200",
            responseDescription = "The events after the cursor, and the cursor to read on from")
    @APIResponse(
            responseCode = "410",
            description = "cursor-expired: events after the cursor are older than the feed keeps and were removed")
    @Operation(
            operationId = "readChangeEvents",
            summary = "Read a service's changes after a cursor, oldest first: the events of the records you may read")
    public EventFeedPage read(
            @Parameter(
                            description = "The service whose feed to read",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"projects", "funding", "partnership"}))
                    @PathParam("service")
                    String service,
            @Parameter(description = "The next of the previous read; absent: from the oldest event kept")
                    @QueryParam("after")
                    @Size(max = 60)
                    String after,
            @Parameter(description = "Only events of these types (repeat the parameter for several)")
                    @QueryParam("type")
                    @Size(max = 50)
                    List<@Size(max = 160) String> types,
            @Parameter(description = "Only the events of this record") @QueryParam("subject") UUID subject,
            @Parameter(description = "At most this many events (1–200)")
                    @QueryParam("size")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(200)
                    int size) {
        name.require(service, "change feed");
        return feed.page(
                EventReader.of(caller),
                after,
                types == null ? java.util.Set.of() : new LinkedHashSet<>(types),
                subject,
                size);
    }
}
