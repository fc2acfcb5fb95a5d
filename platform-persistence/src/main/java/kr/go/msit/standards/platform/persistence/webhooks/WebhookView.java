package kr.go.msit.standards.platform.persistence.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as the API shows it. Its secret appears once: in the answer that made it. */
@Schema(name = "Webhook")
public record WebhookView(
        UUID id,

        @Schema(
                description = "Where events are POSTed. Shown in full to its owner only: to anyone else (an"
                        + " auditor) as its origin and \"/…\", since a path or query often carries the"
                        + " subscriber's credentials")
        String targetUrl,

        @Schema(description = "The event types delivered; empty: every type the owner may read")
        List<String> types,

        @Schema(nullable = true, description = "What the subscription is for")
        String description,

        @Schema(description = "Token subject of the owner: events are delivered as this caller may read them")
        String ownerSubject,

        WebhookStatus status,

        @Schema(nullable = true, description = "Why it is paused (by its owner, or after repeated failure)")
        String statusReason,

        @Schema(description = "Failed deliveries in a row (reset by a success or a resume)")
        int consecutiveFailures,

        @Schema(description = "When the next delivery is due (later after failures: exponential backoff)")
        Instant nextAttemptAt,

        @Schema(
                description = "When it stops delivering (paused, reason expired) unless its owner renews it first:"
                        + " renew, or any other change by the owner, does, for WEBHOOK_LIFETIME (30 days)")
        Instant expiresAt,

        @Schema(description = "The feed cursor delivered up to (events after it are still to be delivered)")
        String cursor,

        @Schema(
                nullable = true,
                description = "The signing secret (whsec_…): only in the answer of create and rotate-secret, null "
                        + "otherwise; it is stored encrypted and cannot be read again")
        String secret,

        @Schema(
                nullable = true,
                description = "After a rotation: until when messages are signed with the previous secret too")
        Instant previousSecretValidUntil,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    WebhookView withSecret(String shownOnce) {
        return copy(targetUrl, shownOnce);
    }

    /** As anyone but the owner sees it: the target's origin only (the audit trail keeps this too). */
    WebhookView redacted() {
        return copy(origin(targetUrl), secret);
    }

    /** {@code scheme://host[:port]}, and {@code /…} where a path or query followed, which it stands for. */
    static String origin(String target) {
        URI uri = URI.create(target);
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        boolean more = (uri.getRawPath() != null
                        && !uri.getRawPath().isEmpty()
                        && !uri.getRawPath().equals("/"))
                || uri.getRawQuery() != null;
        return origin + (more ? "/…" : "/");
    }

    private WebhookView copy(String target, String shownOnce) {
        return new WebhookView(
                id,
                target,
                types,
                description,
                ownerSubject,
                status,
                statusReason,
                consecutiveFailures,
                nextAttemptAt,
                expiresAt,
                cursor,
                shownOnce,
                previousSecretValidUntil,
                version,
                createdAt,
                updatedAt);
    }
}
