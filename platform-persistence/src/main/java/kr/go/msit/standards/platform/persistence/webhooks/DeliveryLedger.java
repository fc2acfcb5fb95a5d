package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kr.go.msit.standards.platform.persistence.events.FeedPosition;

/**
 * The delivery worker's writes after its claim ({@link DeliveryClaims}), each its own short transaction, so that no transaction stays open while a subscriber
 * is called (an open writing transaction would hold back every change feed in the cluster). Every write about a
 * claimed subscription names the claim's token and does nothing once the claim was lost to another replica.
 */
@ApplicationScoped
public class DeliveryLedger {

    private final EntityManager em;
    private final Subscriptions subscriptions;
    private final WebhookSettings settings;
    private final WebhookMetrics metrics;

    public DeliveryLedger(
            EntityManager em, Subscriptions subscriptions, WebhookSettings settings, WebhookMetrics metrics) {
        this.em = em;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Subscription load(UUID id) {
        return subscriptions.find(id, false).orElse(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<UUID> redeliveries(UUID id, int limit) {
        return em.createNativeQuery("""
                SELECT event_id FROM webhook_redelivery WHERE subscription_id = :id ORDER BY requested_at, event_id
                LIMIT :limit""")
                .setParameter("id", id)
                .setParameter("limit", limit)
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void redelivered(UUID id, UUID eventId) {
        em.createNativeQuery("DELETE FROM webhook_redelivery WHERE subscription_id = :id AND event_id = :event")
                .setParameter("id", id)
                .setParameter("event", eventId)
                .executeUpdate();
    }

    /**
     * One attempt, in the subscription's delivery log; nothing when its owner deleted the subscription meanwhile (the
     * row is locked against a delete for the insert, which otherwise failed on the foreign key, logged as an error).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void log(UUID id, UUID eventId, String type, Attempt attempt, boolean redelivery) {
        int logged = em.createNativeQuery("""
                INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, attempted_at, duration_ms,
                                              outcome, status_code, error, redelivery)
                SELECT :id, :subscription, :event, :type, :at, :duration, :outcome, :status, :error, :redelivery
                WHERE EXISTS (SELECT 1 FROM webhook_subscription WHERE id = :subscription FOR KEY SHARE)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("subscription", id)
                .setParameter("event", eventId)
                .setParameter("type", type)
                .setParameter("at", Timestamp.from(attempt.at()))
                .setParameter("duration", (int)
                        Math.min(Integer.MAX_VALUE, attempt.duration().toMillis()))
                .setParameter("outcome", attempt.outcome())
                .setParameter("status", attempt.status())
                .setParameter("error", attempt.error())
                .setParameter("redelivery", redelivery)
                .executeUpdate();
        if (logged > 0) {
            metrics.attempted(attempt.outcome());
        }
    }

    /**
     * Delivered up to {@code position}: the cursor moves on and the run of failures ends, while the subscription is
     * at {@code version}, the one this claim loaded. False when its owner changed it meanwhile (a redelivery from an
     * earlier position, a pause, a new secret): that change stands, and the claim stops; the next one starts from it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean advance(UUID id, UUID token, long version, FeedPosition position) {
        return em.createNativeQuery("""
                UPDATE webhook_subscription
                SET cursor_xid = CAST(CAST(:xid AS text) AS xid8), cursor_seq = :seq, consecutive_failures = 0
                WHERE id = :id AND leased_by = :token AND version = :version
                  AND (cursor_xid, cursor_seq) < (CAST(CAST(:xid AS text) AS xid8), :seq)""")
                        .setParameter("xid", position.xid())
                        .setParameter("seq", position.seq())
                        .setParameter("version", version)
                        .setParameter("id", id)
                        .setParameter("token", token)
                        .executeUpdate()
                > 0;
    }

    /** A delivery succeeded outside the cursor's walk (a redelivery): the run of failures ends. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(UUID id, UUID token) {
        em.createNativeQuery(
                        "UPDATE webhook_subscription SET consecutive_failures = 0 WHERE id = :id AND leased_by = :token")
                .setParameter("id", id)
                .setParameter("token", token)
                .executeUpdate();
    }

    /**
     * A delivery failed: the next attempt waits longer each time (exponential, with jitter), and after
     * {@code pauseAfter} failures in a row the subscription is paused until its owner resumes it. The run is counted
     * from the row, not from the claim's first look: a delivery that succeeded earlier in the claim ended it. A failure
     * counts only while the subscription is at {@code version}, the one this claim loaded and sent with: once its owner
     * changed it (a new secret, a pause and resume), a failure of what was sent before says nothing of it now.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID id, UUID token, long version, String error) {
        List<?> counted = em.createNativeQuery("""
                UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1
                WHERE id = :id AND leased_by = :token AND version = :version
                RETURNING consecutive_failures""")
                .setParameter("id", id)
                .setParameter("token", token)
                .setParameter("version", version)
                .getResultList();
        if (counted.isEmpty()) {
            // the claim was lost (the replica that holds it now counts for itself), or the owner changed the
            // subscription meanwhile: the claim ends (release) and the next one sends as it is now
            return;
        }
        int failures = ((Number) counted.get(0)).intValue();
        boolean pause = failures >= settings.pauseAfter();
        em.createNativeQuery("""
                UPDATE webhook_subscription
                SET next_attempt_at = :next,
                    status = CASE WHEN :pause THEN 'PAUSED' ELSE status END,
                    status_reason = CASE WHEN :pause THEN :reason ELSE status_reason END, version = version + (CASE WHEN :pause THEN 1 ELSE 0 END),
                    updated_at = (CASE WHEN :pause THEN now() ELSE updated_at END),
                    leased_until = NULL, leased_by = NULL
                WHERE id = :id AND leased_by = :token""")
                .setParameter("next", Timestamp.from(Instant.now().plus(backoff(failures))))
                .setParameter(
                        "reason",
                        pause
                                ? truncate("paused after " + failures + " failed deliveries in a row; last: " + error)
                                : null)
                .setParameter("pause", pause)
                .setParameter("id", id)
                .setParameter("token", token)
                .executeUpdate();
    }

    /**
     * Pauses the subscription for {@code reason} and ends the claim, while it is at {@code version} (a change by its
     * owner meanwhile stands instead: the next claim looks again).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void pause(UUID id, UUID token, long version, String reason) {
        em.createNativeQuery("""
                UPDATE webhook_subscription
                SET status = 'PAUSED', status_reason = :reason, version = version + 1, updated_at = now(),
                    leased_until = NULL, leased_by = NULL
                WHERE id = :id AND leased_by = :token AND version = :version""")
                .setParameter("reason", truncate(reason))
                .setParameter("id", id)
                .setParameter("token", token)
                .setParameter("version", version)
                .executeUpdate();
    }

    /** Ends the claim; the subscription is due again at once when {@code more} events are waiting. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(UUID id, UUID token, boolean more) {
        em.createNativeQuery("""
                UPDATE webhook_subscription SET leased_until = NULL, leased_by = NULL,
                       next_attempt_at = CASE WHEN :more THEN now() - interval '1 second' ELSE now() END
                WHERE id = :id AND leased_by = :token""")
                .setParameter("more", more)
                .setParameter("id", id)
                .setParameter("token", token)
                .executeUpdate();
    }

    /** The delay before attempt {@code failures + 1}: base·2^(failures−1), at most max, less up to half (jitter). */
    Duration backoff(int failures) {
        long base = settings.retryBase().toMillis();
        long max = settings.retryMax().toMillis();
        long exponential = failures >= 30 ? max : Math.min(max, base << (failures - 1));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    /** The outcome of one attempt. */
    public record Attempt(Instant at, Duration duration, String outcome, Integer status, String error) {

        boolean delivered() {
            return "DELIVERED".equals(outcome);
        }
    }
}
