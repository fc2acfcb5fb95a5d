package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import kr.go.msit.standards.platform.persistence.events.EventFeed;
import kr.go.msit.standards.platform.persistence.events.EventFeed.FeedEvent;
import kr.go.msit.standards.platform.persistence.events.FeedCut;
import kr.go.msit.standards.platform.persistence.webhooks.DeliveryLedger.Attempt;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * One claimed subscription's turn (see {@link DeliveryWorker}): an expired one is paused, one behind the feed's
 * retention is paused, otherwise its events are sent in order and its cursor moves past each delivered one only.
 */
@ApplicationScoped
public class SubscriptionDelivery {

    private static final Logger LOG = Logger.getLogger(SubscriptionDelivery.class);

    private final DeliveryLedger ledger;
    private final EventFeed feed;
    private final WebhookSettings settings;
    private final SignedPost post;

    public SubscriptionDelivery(DeliveryLedger ledger, EventFeed feed, WebhookSettings settings, SignedPost post) {
        this.ledger = ledger;
        this.feed = feed;
        this.settings = settings;
        this.post = post;
    }

    /**
     * Delivers to one claimed subscription: its redeliveries first, then the feed after its cursor, while the claim's
     * clock allows a send and the replica is not {@code stopping}; gives the claim back at the end (due again at once
     * when there is {@code more}).
     */
    void deliver(UUID id, UUID token, ClaimClock clock, BooleanSupplier stopping) {
        boolean more = false;
        int sent = 0;
        Subscription loaded = null;
        try {
            Subscription s = ledger.load(id);
            loaded = s;
            if (s == null) {
                return;
            }
            if (!s.expiresAt().isAfter(Instant.now())) {
                ledger.pause(
                        id,
                        token,
                        s.version(),
                        "expired at " + s.expiresAt() + ": its owner did not renew it; renew or resume it to go on");
                return;
            }
            for (UUID eventId : ledger.redeliveries(id, settings.batch())) {
                Optional<FeedEvent> event = feed.find(s.owner(), eventId);
                if (stopping.getAsBoolean() || !clock.allowsSend(System.nanoTime(), sent)) {
                    more = true;
                    return;
                }
                if (event.isPresent()) {
                    sent++;
                    Attempt attempt = post.send(s, event.get());
                    ledger.log(id, eventId, event.get().event().type(), attempt, true);
                    if (!attempt.delivered()) {
                        ledger.failed(id, token, s.version(), attempt.error());
                        return;
                    }
                    ledger.succeeded(id, token);
                }
                ledger.redelivered(id, eventId);
            }
            EventFeed.Stretch stretch = read(s, token);
            if (stretch == null) {
                return;
            }
            for (FeedEvent event : stretch.events()) {
                if (stopping.getAsBoolean() || !clock.allowsSend(System.nanoTime(), sent)) {
                    more = true;
                    return;
                }
                sent++;
                Attempt attempt = post.send(s, event);
                ledger.log(id, event.event().id(), event.event().type(), attempt, false);
                if (!attempt.delivered()) {
                    ledger.failed(id, token, s.version(), attempt.error());
                    return;
                }
                if (!ledger.advance(id, token, s.version(), event.position())) {
                    // changed by its owner meanwhile (a redelivery, a pause, a new secret), or the claim was lost to
                    // another replica: nothing more is sent under it; the next claim starts from what is there now
                    more = true;
                    return;
                }
            }
            ledger.advance(id, token, s.version(), stretch.next());
            more = stretch.more();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Delivering to webhook subscription %s failed; it is retried", id);
            if (loaded != null) {
                countFailure(loaded, token, e);
            }
        } finally {
            ledger.release(id, token, more);
        }
    }

    /**
     * A failure of ours (a secret that no longer opens under the configured key, say) counts as a failed delivery: it
     * backs off and, if it persists, pauses the subscription with a reason its owner sees. Given back as due at once,
     * it failed again every second, for good, with an ERROR each time and a subscription that looked healthy.
     */
    private void countFailure(Subscription s, UUID token, RuntimeException e) {
        try {
            ledger.failed(
                    s.id(),
                    token,
                    s.version(),
                    "the service could not deliver (" + e.getClass().getSimpleName() + "); its operators have the log");
        } catch (RuntimeException alsoFailed) {
            LOG.warnf("Could not count the failure of webhook subscription %s: %s", s.id(), alsoFailed.getMessage());
        }
    }

    /**
     * The owner's events after the cursor; null, the subscription paused, when retention has removed some it never got.
     * Its owner sees why, and chooses: resume goes on from the oldest event kept. (It used to go on by itself, and the
     * loss showed only in the service's log.)
     */
    private EventFeed.Stretch read(Subscription s, UUID token) {
        try {
            return feed.read(s.owner(), s.cursor(), s.types(), null, settings.batch());
        } catch (ProblemException e) {
            if (!FeedCut.expired(e)) {
                throw e;
            }
            LOG.warnf("Webhook subscription %s is behind the feed's retention: paused (cursor-expired)", s.id());
            ledger.pause(
                    s.id(),
                    token,
                    s.version(),
                    "cursor-expired: events after its cursor were older than the feed keeps (EVENT_RETENTION) and were"
                            + " removed before they were delivered; resume it to go on from the oldest event kept");
            return null;
        }
    }
}
