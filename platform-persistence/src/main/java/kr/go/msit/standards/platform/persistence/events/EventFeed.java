package kr.go.msit.standards.platform.persistence.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.ServiceName;
import kr.go.msit.standards.platform.persistence.SqlValues;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Reads the change feed in its safe order (see {@code V0_3__change_event.sql}): events of transactions below the
 * oldest one still in flight, by (transaction id, sequence), narrowed to what the reader may read and with personal
 * data hidden from readers who may not see it.
 */
@ApplicationScoped
public class EventFeed {

    /** One event and its position in the feed. */
    public record FeedEvent(FeedPosition position, CloudEventView event) {}

    /** Events after a position, and the position to read on from. */
    public record Stretch(List<FeedEvent> events, FeedPosition next, boolean more) {}

    private final EntityManager em;
    private final EventCatalog catalog;
    private final FeedCut cut;
    private final ObjectMapper mapper;
    private final String source;

    public EventFeed(EntityManager em, EventCatalog catalog, FeedCut cut, ObjectMapper mapper, ServiceName name) {
        this.em = em;
        this.cut = cut;
        this.catalog = catalog;
        this.mapper = mapper;
        this.source = "/api/v1/events/" + name.get();
    }

    public String source() {
        return source;
    }

    /** The feed as {@code reader} may read it, after {@code after}, filtered by types (none: all) and subject. */
    @Transactional
    public EventFeedPage page(EventReader reader, String after, Set<String> types, UUID subject, int size) {
        for (String type : types) {
            if (!catalog.types().contains(type)) {
                throw new ProblemException(
                        400,
                        "unknown-event-type",
                        "Unknown event type",
                        "This feed has no events of type " + type + "; the document's webhooks section lists them");
            }
        }
        Stretch stretch = read(reader, FeedPosition.parse(after), types, subject, size);
        return new EventFeedPage(
                stretch.events().stream().map(FeedEvent::event).toList(),
                stretch.next().toString(),
                stretch.more());
    }

    /** The current end of the feed: every event a reader may see from now on comes after it. */
    @Transactional
    public FeedPosition horizon() {
        return snapshot()[0];
    }

    /**
     * The current snapshot's bounds, in one query: the horizon (its oldest transaction still open) and the position
     * after every transaction begun so far, beyond which no read of this feed can have given a cursor.
     */
    private FeedPosition[] snapshot() {
        Object[] bounds = (Object[])
                em.createNativeQuery("SELECT CAST(pg_snapshot_xmin(s) AS text), CAST(pg_snapshot_xmax(s) AS text)"
                                + " FROM pg_current_snapshot() s")
                        .getSingleResult();
        return new FeedPosition[] {
            new FeedPosition(Long.parseLong(bounds[0].toString()), 0),
            new FeedPosition(Long.parseLong(bounds[1].toString()), 0)
        };
    }

    /**
     * Up to {@code size} events after {@code after}. The horizon is read first, so every event below it was committed
     * before the events are read and is among them: a stretch that is not full ends at the horizon, past events the
     * reader may not see.
     */
    @Transactional
    public Stretch read(EventReader reader, FeedPosition after, Collection<String> types, UUID subject, int size) {
        Stretch stretch = readFrom(reader, after, types, subject, size);
        // checked after the read, not before: each statement sees what was committed when it began, and retention
        // removes events and moves its mark in one transaction. Checked first, a prune committed between the check and
        // the read removed events this stretch then passed over as if they had never been, without the 410.
        cut.requireKept(after);
        return stretch;
    }

    private Stretch readFrom(EventReader reader, FeedPosition after, Collection<String> types, UUID subject, int size) {
        FeedPosition[] snapshot = snapshot();
        FeedPosition horizon = snapshot[0];
        if (after.xid() > snapshot[1].xid()) {
            throw FeedPosition.invalid(); // a cursor no read of this feed gave: beyond every transaction yet
        }
        // kinds whose every institution's events the reader reads, and kinds it reads of one institution only (its
        // own: every confined kind confines it to the same one)
        List<String> open = new ArrayList<>();
        List<String> confined = new ArrayList<>();
        UUID own = null;
        for (EventKind kind : catalog.kinds()) {
            if (kind.readableBy(reader)) {
                UUID confinement = kind.confinementOf(reader);
                (confinement == null ? open : confined).add(kind.resource());
                own = confinement == null ? own : confinement;
            }
        }
        if ((open.isEmpty() && confined.isEmpty()) || after.xid() >= horizon.xid()) {
            return new Stretch(List.of(), after.max(horizon), false);
        }
        StringBuilder sql = new StringBuilder("""
                SELECT id, CAST(xid AS text) AS xid_text, seq, type, resource, subject, institution_id, occurred_at,
                       CAST(data AS text)
                FROM change_event
                WHERE xid < CAST(CAST(:horizon AS text) AS xid8)
                  AND (xid, seq) > (CAST(CAST(:afterXid AS text) AS xid8), :afterSeq)""");
        if (confined.isEmpty()) {
            sql.append(" AND resource IN (:open)");
        } else if (open.isEmpty()) {
            sql.append(" AND resource IN (:confined) AND (institution_id IS NULL OR institution_id = :own)");
        } else {
            sql.append(" AND (resource IN (:open)"
                    + " OR (resource IN (:confined) AND (institution_id IS NULL OR institution_id = :own)))");
        }
        // records not yet public (a call not announced) to those who may not see them: their events are left out
        List<EventKind> drafts = catalog.kinds().stream()
                .filter(kind -> kind.readableBy(reader) && kind.hidesDraftsFrom(reader))
                .toList();
        for (int i = 0; i < drafts.size(); i++) {
            sql.append(" AND NOT (resource = :draftResource" + i + " AND data ->> CAST(:publicOnceSet" + i
                    + " AS text) IS NULL)");
        }
        if (!types.isEmpty()) {
            sql.append(" AND type IN (:types)");
        }
        if (subject != null) {
            sql.append(" AND subject = :subject");
        }
        // the table's xid8, as a number: an output column of the same name (CAST(xid AS text) is named "xid" unless
        // aliased) would be the one ORDER BY means, and "10" < "9"
        sql.append(" ORDER BY change_event.xid, change_event.seq LIMIT :limit");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("horizon", horizon.xid())
                .setParameter("afterXid", after.xid())
                .setParameter("afterSeq", after.seq())
                .setParameter("limit", size);
        if (!open.isEmpty()) {
            query.setParameter("open", open);
        }
        if (!confined.isEmpty()) {
            query.setParameter("confined", confined).setParameter("own", own);
        }
        for (int i = 0; i < drafts.size(); i++) {
            query.setParameter("draftResource" + i, drafts.get(i).resource());
            query.setParameter("publicOnceSet" + i, drafts.get(i).publicOnceSet());
        }
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        List<FeedEvent> events = new ArrayList<>();
        for (Object found : query.getResultList()) {
            events.add(event(reader, (Object[]) found));
        }
        boolean full = events.size() == size;
        FeedPosition next = full ? events.get(events.size() - 1).position() : after.max(horizon);
        return new Stretch(events, next, full);
    }

    /** One event by id, as {@code reader} may see it; empty when there is none it may read (or not yet committed). */
    @Transactional
    public Optional<FeedEvent> find(EventReader reader, UUID id) {
        List<?> rows = em.createNativeQuery("""
                SELECT id, CAST(xid AS text) AS xid_text, seq, type, resource, subject, institution_id, occurred_at,
                       CAST(data AS text)
                FROM change_event WHERE id = :id""").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Optional<EventKind> kind = catalog.kind((String) row[4]);
        UUID institution = (UUID) row[6];
        if (kind.isEmpty() || !kind.get().readableBy(reader)) {
            return Optional.empty();
        }
        UUID own = kind.get().confinementOf(reader);
        if (own != null && institution != null && !institution.equals(own)) {
            return Optional.empty();
        }
        FeedEvent event = event(reader, row);
        if (kind.get().hidesDraftsFrom(reader)
                && kind.get().isDraft(event.event().data())) {
            return Optional.empty();
        }
        return Optional.of(event);
    }

    private FeedEvent event(EventReader reader, Object[] row) {
        String resource = (String) row[4];
        EventKind kind = catalog.kind(resource).orElseThrow();
        UUID institution = (UUID) row[6];
        JsonNode data = kind.visibleTo(reader, json((String) row[8]), institution);
        CloudEventView event = new CloudEventView(
                CloudEventView.SPEC_VERSION,
                (UUID) row[0],
                source,
                (String) row[3],
                (UUID) row[5],
                SqlValues.instant(row[7]),
                "application/json",
                data);
        return new FeedEvent(new FeedPosition(Long.parseLong((String) row[1]), ((Number) row[2]).longValue()), event);
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable change event", e);
        }
    }
}
