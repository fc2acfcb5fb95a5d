package kr.go.msit.standards.platform.persistence.webhooks;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt to deliver one event to a subscription. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        UUID id,

        @Schema(description = "The event delivered (its webhook-id)")
        UUID eventId,

        @Schema(description = "The event's type") String eventType,

        @Schema(description = "When the attempt started (UTC)")
        Instant attemptedAt,

        @Schema(description = "How long the subscriber took, in milliseconds")
        int durationMs,

        @Schema(
                enumeration = {"DELIVERED", "FAILED", "REFUSED"},
                description = "DELIVERED: a 2xx answer; FAILED: another status, a timeout or no connection; "
                        + "REFUSED: the target resolved to an address that is not allowed")
        String outcome,

        @Schema(nullable = true, description = "The subscriber's HTTP status; null when it did not answer")
        Integer statusCode,

        @Schema(nullable = true, description = "What went wrong; null when delivered")
        String error,

        @Schema(description = "True for a redelivery asked for by the owner")
        boolean redelivery) {}
