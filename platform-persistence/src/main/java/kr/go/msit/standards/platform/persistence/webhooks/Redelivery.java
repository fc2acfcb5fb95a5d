package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.events.EventFeed;
import kr.go.msit.standards.platform.persistence.events.EventReader;
import kr.go.msit.standards.platform.persistence.events.FeedPosition;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;

/**
 * An owner asks for events again: one event (delivered ahead of the rest, its cursor unmoved), or everything after a
 * cursor (the cursor moves back). Either way only what the owner may read now, and what retention still keeps.
 */
@ApplicationScoped
public class Redelivery {

    private final OwnedSubscriptions owned;
    private final EventFeed feed;
    private final Caller caller;
    private final EntityManager em;

    public Redelivery(OwnedSubscriptions owned, EventFeed feed, Caller caller, EntityManager em) {
        this.owned = owned;
        this.feed = feed;
        this.caller = caller;
        this.em = em;
    }

    @Transactional
    public WebhookView redeliver(UUID id, String ifMatch, RedeliverRequest request) {
        boolean one = request.eventId() != null;
        boolean after = request.after() != null && !request.after().isBlank();
        if (one == after) {
            String which = one ? "not both" : "one of them";
            throw ProblemException.invalid(
                    "Give eventId or after, " + which,
                    List.of(new Problem.FieldError("eventId", "give eventId or after, " + which)));
        }
        Subscription s = owned.changeable(id, ifMatch);
        if (one) {
            again(s, request.eventId());
        } else {
            FeedPosition from = FeedPosition.parse(request.after());
            feed.read(EventReader.of(caller), from, List.of(), null, 1); // 410 when retention removed what follows
            owned.change(
                    s,
                    "cursor_xid = CAST(CAST(:xid AS text) AS xid8), cursor_seq = :seq, next_attempt_at = now()",
                    "xid",
                    from.xid(),
                    "seq",
                    from.seq());
        }
        return owned.changed(s, "redeliver");
    }

    /** Queues one event the subscription delivers (422 for any other: the owner may not learn which exist). */
    private void again(Subscription s, UUID eventId) {
        boolean deliverable = feed.find(EventReader.of(caller), eventId)
                .filter(found ->
                        s.types().isEmpty() || s.types().contains(found.event().type()))
                .isPresent();
        if (!deliverable) {
            throw ProblemException.businessRule("unknown-event", "No event " + eventId + " this subscription delivers");
        }
        em.createNativeQuery("""
                INSERT INTO webhook_redelivery (subscription_id, event_id) VALUES (:id, :event)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", s.id())
                .setParameter("event", eventId)
                .executeUpdate();
        owned.change(s, "next_attempt_at = LEAST(next_attempt_at, now())");
    }
}
