package kr.go.msit.standards.platform.persistence.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delivers the change feed to subscribers: at least once, in the feed's order (so in order per subject), one
 * subscription at a time per replica and one replica per subscription (claims, see {@link DeliveryClaims#claim}).
 * A subscription's cursor moves only past delivered events, so a crash at any point re-delivers (never loses) what
 * was in flight, and a failing subscriber holds its own queue back, not anyone else's. This class claims and hands
 * claimed subscriptions to its workers; {@link SubscriptionDelivery} delivers to one.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryClaims claims;
    private final DeliveryLedger ledger;
    private final SubscriptionDelivery delivery;
    private final WebhookSettings settings;
    private final ExecutorService pool;
    /** Free workers: a tick claims no more subscriptions than there are. */
    private final Semaphore slots;
    /** The subscriptions this replica is sending to now. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    /** Set at shutdown: no new delivery starts, and one under way stops after the event it is sending. */
    private volatile boolean stopping;

    public DeliveryWorker(
            DeliveryClaims claims, DeliveryLedger ledger, SubscriptionDelivery delivery, WebhookSettings settings) {
        this.claims = claims;
        this.ledger = ledger;
        this.delivery = delivery;
        this.settings = settings;
        this.slots = new Semaphore(Math.max(1, settings.workers()));
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.workers()), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A delivery under way sends no further event and finishes the one it is sending (recording it, giving its claim
     * back) before the database goes away; one that does not within a delivery's timeout is interrupted, and its
     * claim lapses for the next replica. (Stopping at once left deliveries writing to a closed database, logged as
     * errors at every stop.)
     */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Each tick hands the due subscriptions to free workers and returns, without waiting for them: a subscriber that
     * is slow to answer keeps its own worker busy, while the next ticks deliver to the others. (The tick used to wait
     * for every claimed delivery, and overlapping ticks are skipped, so one subscriber taking 9 s per event held every
     * other subscriber's events back for a minute and a half.)
     */
    @Scheduled(every = "${kus.webhooks.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        dispatchDue();
    }

    /** Claims as many due subscriptions as there are free workers and starts delivering to each; does not wait. */
    public List<Future<?>> dispatchDue() {
        int free = slots.availablePermits();
        if (free == 0 || stopping) {
            return List.of();
        }
        UUID token = UUID.randomUUID();
        List<UUID> claimed;
        ClaimClock clock;
        try {
            // taken before the claim: the lease is counted from a moment no later than the database's
            clock = ClaimClock.startingNow(settings);
            claimed = claims.claim(free, token);
        } catch (RuntimeException e) {
            LOG.warnf("Could not claim webhook subscriptions: %s", e.getMessage());
            return List.of();
        }
        List<Future<?>> running = new ArrayList<>();
        for (UUID id : claimed) {
            Future<?> started = start(id, token, clock);
            if (started == null) {
                giveBack(id, token);
            } else {
                running.add(started);
            }
        }
        return running;
    }

    /** A claim not started, given back for the next tick; at a stop the database may be gone, and the claim lapses. */
    private void giveBack(UUID id, UUID token) {
        try {
            ledger.release(id, token, true);
        } catch (RuntimeException e) {
            LOG.warnf("Could not give back the claim on webhook subscription %s (it lapses): %s", id, e.getMessage());
        }
    }

    /** Starts delivering to {@code id} on a free worker; null, having taken nothing, when it cannot start now. */
    private Future<?> start(UUID id, UUID token, ClaimClock clock) {
        // a subscription still being sent to here (its claim lapsed and was taken again) is left to that worker; the
        // old claim stops at its next step, as its claim is gone
        if (!inFlight.add(id)) {
            return null;
        }
        if (!slots.tryAcquire()) { // another tick (a test's, beside the scheduler's) took the worker meanwhile
            inFlight.remove(id);
            return null;
        }
        try {
            return pool.submit(() -> {
                try {
                    delivery.deliver(id, token, clock, () -> stopping);
                } catch (RuntimeException | Error e) {
                    // nobody waits for a tick's deliveries: what fails here is logged here
                    LOG.errorf(e, "Delivering to webhook subscription %s failed unexpectedly", id);
                } finally {
                    inFlight.remove(id);
                    slots.release();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            inFlight.remove(id);
            slots.release();
            return null;
        }
    }

    /** Claims the due subscriptions and delivers to each, waiting until done (for tests); returns how many. */
    public int deliverDue() {
        List<Future<?>> running = dispatchDue();
        for (Future<?> each : running) {
            try {
                each.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return running.size();
            } catch (Exception e) {
                LOG.error("Webhook delivery failed unexpectedly", e);
            }
        }
        return running.size();
    }
}
