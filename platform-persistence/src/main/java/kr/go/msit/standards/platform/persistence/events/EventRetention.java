package kr.go.msit.standards.platform.persistence.events;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    public EventRetention(EntityManager em, @ConfigProperty(name = "kus.events.retention") Duration retention) {
        this.em = em;
        this.retention = retention;
    }

    @Scheduled(
            every = "${kus.events.prune-every}",
            delayed = "${kus.events.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        prune();
    }

    /** Cuts the feed before its newest event older than the retention; returns the number of events removed. */
    @Transactional
    public int prune() {
        // replicas may run this at the same moment: one prunes, the others find the lock taken and skip
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('change_event_pruned'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        String cutoff = "now() - make_interval(secs => " + retention.toSeconds() + ")";
        // ordered by the table's xid8, a number (unaliased, CAST(xid AS text) is an output column "xid": text order)
        List<?> last = em.createNativeQuery(
                        "SELECT CAST(xid AS text) AS xid_text, seq FROM change_event WHERE occurred_at < " + cutoff
                                + " ORDER BY change_event.xid DESC, change_event.seq DESC LIMIT 1")
                .getResultList();
        em.createNativeQuery("DELETE FROM webhook_delivery WHERE attempted_at < " + cutoff)
                .executeUpdate();
        if (last.isEmpty()) {
            return 0;
        }
        Object[] upTo = (Object[]) last.get(0);
        int removed = em.createNativeQuery("DELETE FROM change_event WHERE (xid, seq) <= (CAST(:xid AS xid8), :seq)")
                .setParameter("xid", upTo[0])
                .setParameter("seq", upTo[1])
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO change_event_pruned (singleton, xid, seq) VALUES (TRUE, CAST(:xid AS xid8), :seq)
                ON CONFLICT (singleton) DO UPDATE SET xid = EXCLUDED.xid, seq = EXCLUDED.seq""")
                .setParameter("xid", upTo[0])
                .setParameter("seq", upTo[1])
                .executeUpdate();
        LOG.infof("Removed %d change events older than %s", removed, retention);
        return removed;
    }
}
