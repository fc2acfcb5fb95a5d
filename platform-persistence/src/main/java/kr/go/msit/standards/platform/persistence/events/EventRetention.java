package kr.go.msit.standards.platform.persistence.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Removes change events and webhook delivery logs older than the retention ({@code kus.events.retention}, 30 days
 * by default). The feed is cut as a prefix in its own order, and the cut is remembered, so that a reader whose cursor
 * lies before it learns that events were lost (410) rather than silently skipping them.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);

    private final EntityManager em;
    private final Duration retention;
    private final int batch;

    public EventRetention(
            EntityManager em,
            @ConfigProperty(name = "kus.events.retention") Duration retention,
            @ConfigProperty(name = "kus.events.prune-batch") int batch) {
        this.em = em;
        this.retention = retention;
        this.batch = Math.max(1, batch);
    }

    @Scheduled(
            every = "${kus.events.prune-every}",
            delayed = "${kus.events.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        prune();
    }

    /**
     * Cuts the feed before its newest event older than the retention, and removes old delivery logs; returns the
     * number of events removed. Each batch ({@code kus.events.prune-batch} rows) is a transaction of its own: one
     * DELETE of everything was a transaction as long as the backlog (after an outage, or on a first run), which the
     * connections' {@code transaction_timeout} (120 s) would end every time, so that nothing was ever removed.
     */
    public int prune() {
        int removed = 0;
        while (true) {
            Integer events = QuarkusTransaction.requiringNew().call(this::pruneEvents);
            removed += events;
            if (events < batch) {
                break;
            }
        }
        while (QuarkusTransaction.requiringNew().call(this::pruneDeliveries) == batch) {
            // the next batch
        }
        if (removed > 0) {
            LOG.infof("Removed %d change events older than %s", removed, retention);
        }
        return removed;
    }

    private String cutoff() {
        return "now() - make_interval(secs => " + retention.toSeconds() + ")";
    }

    /**
     * Removes the oldest events, up to a batch, from the feed's prefix older than the retention, and moves the cut past
     * them in the same transaction: what is removed is always a prefix, and the cut covers it.
     */
    private int pruneEvents() {
        // replicas may run this at the same moment: one prunes, the others find the lock taken and stop
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('change_event_pruned'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        // ordered by the table's xid8, a number (unaliased, CAST(xid AS text) is an output column "xid": text order)
        List<?> last = em.createNativeQuery(
                        "SELECT CAST(xid AS text) AS xid_text, seq FROM change_event WHERE occurred_at < " + cutoff()
                                + " ORDER BY change_event.xid DESC, change_event.seq DESC LIMIT 1")
                .getResultList();
        if (last.isEmpty()) {
            return 0;
        }
        Object[] upTo = (Object[]) last.get(0);
        Object[] gone = (Object[]) em.createNativeQuery("""
                WITH gone AS (
                    DELETE FROM change_event WHERE id IN (
                        SELECT id FROM change_event WHERE (xid, seq) <= (CAST(:xid AS xid8), :seq)
                        ORDER BY change_event.xid, change_event.seq LIMIT :batch)
                    RETURNING xid, seq)
                SELECT (SELECT count(*) FROM gone),
                       (SELECT CAST(gone.xid AS text) FROM gone ORDER BY gone.xid DESC, gone.seq DESC LIMIT 1),
                       (SELECT gone.seq FROM gone ORDER BY gone.xid DESC, gone.seq DESC LIMIT 1)""")
                .setParameter("xid", upTo[0])
                .setParameter("seq", upTo[1])
                .setParameter("batch", batch)
                .getSingleResult();
        int removed = ((Number) gone[0]).intValue();
        if (removed == 0) {
            return 0;
        }
        em.createNativeQuery("""
                INSERT INTO change_event_pruned (singleton, xid, seq) VALUES (TRUE, CAST(:xid AS xid8), :seq)
                ON CONFLICT (singleton) DO UPDATE SET xid = EXCLUDED.xid, seq = EXCLUDED.seq
                WHERE (change_event_pruned.xid, change_event_pruned.seq) < (EXCLUDED.xid, EXCLUDED.seq)""")
                .setParameter("xid", gone[1])
                .setParameter("seq", gone[2])
                .executeUpdate();
        return removed;
    }

    private int pruneDeliveries() {
        return em.createNativeQuery("DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM webhook_delivery"
                        + " WHERE attempted_at < " + cutoff() + " LIMIT :batch)")
                .setParameter("batch", batch)
                .executeUpdate();
    }
}
