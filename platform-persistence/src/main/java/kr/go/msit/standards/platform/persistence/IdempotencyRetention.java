package kr.go.msit.standards.platform.persistence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Removes the answered {@code Idempotency-Key}s older than the retention ({@code kus.idempotency.retention}, 30 days
 * by default): a retry after that is a new request. A key in flight is not yet committed, so never among them.
 */
@ApplicationScoped
public class IdempotencyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyRetention.class);

    private final EntityManager em;
    private final Duration retention;

    public IdempotencyRetention(
            EntityManager em, @ConfigProperty(name = "kus.idempotency.retention") Duration retention) {
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

    /** Removes the keys created before the retention; returns how many. */
    @Transactional
    public int prune() {
        int removed = em.createNativeQuery(
                        "DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => :seconds)")
                .setParameter("seconds", (double) retention.toSeconds())
                .executeUpdate();
        if (removed > 0) {
            LOG.infof("Removed %d idempotency keys older than %s", removed, retention);
        }
        return removed;
    }
}
