package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.go.msit.standards.platform.openapi.ProblemRules;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.ServiceName;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Webhook subscriptions to a service's change feed: {@code /api/v1/webhooks/{service}} (routed by the gateway like
 * {@code events/}). Every role may subscribe to the events it may read.
 */
@Path("/api/v1/webhooks/{service}")
@Tag(name = "Events", description = "The change feed of each service (CloudEvents 1.0) and its webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.PROGRAM_MANAGER,
    Roles.FINANCE_OFFICER,
    Roles.PARTNERSHIP_OFFICER,
    Roles.INSTITUTION,
    Roles.AUDITOR,
    Roles.VIEWER
})
public class WebhookResource {

    private final WebhookService service;
    private final Redelivery redelivery;
    private final ServiceName name;

    /** The path's service name (the resource is per request for it). */
    @Parameter(
            description = "The service whose events to subscribe to",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"projects", "funding", "partnership"}))
    @PathParam("service")
    String serviceName;

    public WebhookResource(WebhookService service, Redelivery redelivery, ServiceName name) {
        this.service = service;
        this.redelivery = redelivery;
        this.name = name;
    }

    @POST
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"target-not-allowed": "the target is not https://, or resolves to a private address",
                "unknown-event-type": "no such event type in this service",
                "event-type-not-readable": "your roles may not read events of that type",
                "subscription-limit": "you hold the most subscriptions one caller may (WEBHOOK_MAX_PER_OWNER)"}}""")
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a URL to the events you may read; the answer shows its signing secret, once")
    @APIResponseSchema(
            value = WebhookView.class,
            responseCode = "201",
            responseDescription = "Subscribed; Location names it, ETag is its version; secret is shown this once")
    public RestResponse<WebhookView> create(@Valid @NotNull WebhookRequest request) {
        requireThis();
        WebhookView view = this.service.create(request);
        return ETags.created("/api/v1/webhooks/" + name.get() + "/" + view.id(), view, view.version());
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Your subscriptions, oldest first (an auditor: everyone's)")
    public PageView<WebhookView> list(@Valid @BeanParam PageRequest page) {
        requireThis();
        return this.service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a subscription (ETag); its secret is never shown again")
    public RestResponse<WebhookView> get(@PathParam("id") UUID id) {
        requireThis();
        WebhookView view = this.service.get(id);
        return ETags.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe (If-Match supported)")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    public void delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        requireThis();
        this.service.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/pause")
    @Operation(operationId = "pauseWebhook", summary = "ACTIVE → PAUSED: events wait, within the feed's retention")
    public RestResponse<WebhookView> pause(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return moved(id, WebhookAction.PAUSE, ifMatch);
    }

    @POST
    @Path("/{id}/resume")
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"event-type-not-readable": "your roles may no longer read a type it delivers (delete it)"}}""")
    @Operation(
            operationId = "resumeWebhook",
            summary =
                    "PAUSED → ACTIVE: the waiting events are delivered in order, failures forgotten; a cursor behind the"
                            + " feed's retention goes on from the oldest event kept")
    public RestResponse<WebhookView> resume(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return moved(id, WebhookAction.RESUME, ifMatch);
    }

    @POST
    @Path("/{id}/renew")
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"event-type-not-readable": "your roles may no longer read a type it delivers (delete it)"}}""")
    @Operation(
            operationId = "renewWebhook",
            summary = "Renew for another lifetime (expiresAt), bound to your roles and institution as they are now;"
                    + " any other change of yours renews it too")
    public RestResponse<WebhookView> renew(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        requireThis();
        WebhookView view = this.service.renew(id, ifMatch);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"event-type-not-readable": "your roles may no longer read a type it delivers (delete it)"}}""")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "A new signing secret, shown once; messages are signed with the old one too for a grace period")
    public RestResponse<WebhookView> rotateSecret(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        requireThis();
        WebhookView view = this.service.rotateSecret(id, ifMatch);
        return ETags.ok(view, view.version());
    }

    @POST
    @Path("/{id}/redeliver")
    @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
            {"422": {"unknown-event": "no such event that this subscription delivers",
                "event-type-not-readable": "your roles may no longer read a type it delivers (delete it)"}}""")
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Deliver one event again, or every event after a cursor (If-Match supported)")
    public RestResponse<WebhookView> redeliver(
            @PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid RedeliverRequest request) {
        requireThis();
        // no body is the empty request (the document's transition rule): refused below as "one of them"
        WebhookView view =
                redelivery.redeliver(id, ifMatch, request == null ? new RedeliverRequest(null, null) : request);
        return ETags.ok(view, view.version());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's delivery log, newest first")
    public PageView<DeliveryView> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        requireThis();
        return this.service.deliveries(id, page);
    }

    private RestResponse<WebhookView> moved(UUID id, WebhookAction action, String ifMatch) {
        requireThis();
        WebhookView view = this.service.transition(id, action, ifMatch);
        return ETags.ok(view, view.version());
    }

    private void requireThis() {
        name.require(serviceName, "webhooks");
    }
}
