package kr.go.msit.standards.platform.persistence.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.events.EventReader;
import kr.go.msit.standards.platform.persistence.events.FeedPosition;

/** A stored webhook subscription (see {@code V0_4__webhook.sql}); secrets still sealed. */
record Subscription(
        UUID id,
        String targetUrl,
        List<String> types,
        String description,
        String ownerSubject,
        Set<String> ownerRoles,
        UUID ownerInstitution,
        byte[] secret,
        byte[] previousSecret,
        Instant previousUntil,
        WebhookStatus status,
        String statusReason,
        FeedPosition cursor,
        int consecutiveFailures,
        Instant nextAttemptAt,
        Instant expiresAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** Events are read as the owner could read them when it last renewed the subscription (made or changed it). */
    EventReader owner() {
        return EventReader.owner(ownerRoles, ownerInstitution);
    }

    /** The secrets to sign with now: the current one, and the previous one during its grace period. */
    List<String> secrets(SecretBox box, Instant now) {
        List<String> secrets = new ArrayList<>();
        secrets.add(box.open(secret));
        if (previousSecret != null && previousUntil != null && now.isBefore(previousUntil)) {
            secrets.add(box.open(previousSecret));
        }
        return secrets;
    }

    WebhookView view() {
        return new WebhookView(
                id,
                targetUrl,
                types,
                description,
                ownerSubject,
                status,
                statusReason,
                consecutiveFailures,
                nextAttemptAt,
                expiresAt,
                cursor.toString(),
                null,
                previousUntil,
                version,
                createdAt,
                updatedAt);
    }
}
