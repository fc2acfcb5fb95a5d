package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Which subscriptions a replica delivers to next: its claims, each its own short transaction. What a delivery under
 * a claim writes is the {@link DeliveryLedger}'s.
 */
@ApplicationScoped
public class DeliveryClaims {

    private final EntityManager em;
    private final WebhookSettings settings;

    public DeliveryClaims(EntityManager em, WebhookSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    /**
     * Claims up to {@code limit} active subscriptions that are due, not claimed by a replica, and have something to do,
     * for the lease's length; replicas skip each other's locked rows, so each subscription is delivered by one at a
     * time. Something to do: an event after its cursor below the feed's horizon (of any type or institution: the
     * delivery reads the owner's view, and moves the cursor past what it may not see), an event asked for again, its
     * expiry passed (to pause it), or a cursor behind retention's cut (to pause it). An idle subscription used to be
     * claimed, loaded, read for and given back at every tick, by every replica, four transactions each.
     *
     * <p>No owner holds more than {@code ownerWorkers} claims at once, across replicas: one owner's slow subscribers keep
     * that many workers busy, not every worker (four subscriptions of one owner answering in 9 s held all four, and
     * another owner's events waited 26 s). An owner at its cap is left out before the candidates are counted, so
     * owners at their cap cannot fill the window while others wait; claims are taken one replica at a time (an
     * advisory lock for the claim's short transaction), so two replicas cannot each count the same free places. The
     * candidates are the {@code limit} × {@code maxPerOwner} due the longest, enough to hold {@code limit} owners
     * whatever each holds.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int limit, UUID token) {
        // as an aggregate, so that Hibernate reads one row whatever the function returns (void)
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('webhook_claim'))) l")
                .getSingleResult();
        return em.createNativeQuery("""
                UPDATE webhook_subscription SET leased_until = clock_timestamp() + make_interval(secs => :lease),
                       leased_by = :token
                WHERE id IN (
                    SELECT ranked.id FROM (
                        SELECT c.id, c.next_attempt_at,
                               row_number() OVER (PARTITION BY c.owner_subject ORDER BY c.next_attempt_at, c.id)
                               + (SELECT count(*) FROM webhook_subscription o
                                  WHERE o.owner_subject = c.owner_subject AND o.leased_until >= now()) AS place
                        FROM (SELECT s.id, s.owner_subject, s.next_attempt_at FROM webhook_subscription s
                              WHERE s.status = 'ACTIVE' AND s.next_attempt_at <= now()
                                AND (s.leased_until IS NULL OR s.leased_until < now())
                                AND (SELECT count(*) FROM webhook_subscription o
                                     WHERE o.owner_subject = s.owner_subject AND o.leased_until >= now())
                                    < :ownerWorkers
                                AND (s.expires_at <= now()
                                     OR EXISTS (SELECT 1 FROM webhook_redelivery r WHERE r.subscription_id = s.id)
                                     OR EXISTS (SELECT 1 FROM change_event e
                                                WHERE (e.xid, e.seq) > (s.cursor_xid, s.cursor_seq)
                                                  AND e.xid < pg_snapshot_xmin(pg_current_snapshot()))
                                     OR EXISTS (SELECT 1 FROM change_event_pruned p
                                                WHERE (p.xid, p.seq) > (s.cursor_xid, s.cursor_seq)
                                                  AND (s.cursor_xid, s.cursor_seq) > (CAST('0' AS xid8), 0)))
                              ORDER BY s.next_attempt_at LIMIT :candidates FOR UPDATE OF s SKIP LOCKED) c
                    ) ranked
                    WHERE ranked.place <= :ownerWorkers
                    ORDER BY ranked.next_attempt_at LIMIT :limit)
                RETURNING id""")
                .setParameter("lease", settings.lease().toSeconds())
                .setParameter("token", token)
                .setParameter("limit", limit)
                .setParameter("candidates", limit * Math.max(1, settings.maxPerOwner()))
                .setParameter("ownerWorkers", Math.max(1, settings.ownerWorkers()))
                .getResultList();
    }
}
