package kr.go.msit.standards.platform.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import kr.go.msit.standards.platform.paging.Cursors;
import kr.go.msit.standards.platform.paging.PagePosition;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.SqlValues;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.events.ChangeEventLog;
import kr.go.msit.standards.platform.security.Caller;
import org.jboss.logging.MDC;

/**
 * The append-only audit trail of a service. Services call {@link #record} inside the transaction of the change,
 * with the record's API view before and after it: the changed fields are the view's fields that differ, so the
 * trail speaks the API's vocabulary. The table refuses UPDATE and DELETE (see {@code V0_2__audit_event.sql}).
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager em;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Cursors cursors;
    private final ChangeEventLog events;

    public AuditTrail(EntityManager em, Caller caller, ObjectMapper mapper, Cursors cursors, ChangeEventLog events) {
        this.em = em;
        this.events = events;
        this.cursors = cursors;
        this.caller = caller;
        this.mapper = mapper;
    }

    /** A new record: every field of {@code created} is a change from nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String resource, UUID id, UUID parentId, Object created) {
        record(resource, id, parentId, "create", null, created);
    }

    /**
     * Writes one audit row for a change of the record {@code id}, and its change event (see {@link ChangeEventLog}),
     * in the caller's transaction (which must exist); neither when no field of the view changed (but its version and
     * times: {@link AuditDiff}).
     *
     * @param before the record's view before the change, or null for a new record
     * @param after  the record's view after the change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resource, UUID id, UUID parentId, String action, Object before, Object after) {
        JsonNode now = mapper.valueToTree(after);
        ObjectNode changes = AuditDiff.of(before == null ? null : mapper.valueToTree(before), now);
        if (before != null && changes.isEmpty()) {
            // nothing changed (a PUT retried with the same body): no row, and no event a subscriber would take for a
            // change; each retry wrote both, every event with an id of its own
            return;
        }
        insert(resource, id, parentId, action, changes);
        events.record(resource, id, parentId, action, now);
    }

    /**
     * Makes {@code change} to a record (a managed entity) and records it: its view before, the change, a flush (so
     * that the version the answer carries is the one written), its view after, then {@link #record}. Returns the view
     * after. The one way a service writes an audited change that has no rules between its steps.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V> V change(String resource, UUID id, UUID parentId, String action, Supplier<V> view, Runnable change) {
        V before = view.get();
        change.run();
        em.flush();
        V after = view.get();
        record(resource, id, parentId, action, before, after);
        return after;
    }

    /**
     * The same, for a record whose audit trail leaves out personal data that its change event carries (the feed hides
     * it from each reader who may not see it, the history cannot): {@code eventData} is the whole view.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String resource, UUID id, UUID parentId, String action, Object before, Object after, Object eventData) {
        write(resource, id, parentId, action, before, after);
        events.record(resource, id, parentId, action, mapper.valueToTree(eventData));
    }

    /**
     * An audit row for a change of the platform's own records (webhook subscriptions), which are not in the change
     * feed: subscribers are told of the domain's changes, not of each other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPlatform(String resource, UUID id, String action, Object before, Object after) {
        write(resource, id, null, action, before, after);
    }

    private JsonNode write(String resource, UUID id, UUID parentId, String action, Object before, Object after) {
        JsonNode now = mapper.valueToTree(after);
        insert(resource, id, parentId, action, AuditDiff.of(before == null ? null : mapper.valueToTree(before), now));
        return now;
    }

    private void insert(String resource, UUID id, UUID parentId, String action, ObjectNode changes) {
        Object requestId = MDC.get("requestId");
        String json;
        try {
            json = mapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write an audit diff", e);
        }
        em.createNativeQuery("""
                INSERT INTO audit_event (id, actor_subject, actor_institution_id, actor_roles, request_id, resource,
                                         resource_id, parent_id, action, changes)
                VALUES (:id, :subject, :institution, :roles, :requestId, :resource, :resourceId, :parentId, :action,
                        CAST(:changes AS jsonb))""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("subject", caller.subject())
                .setParameter("institution", caller.institutionId().orElse(null))
                .setParameter("roles", String.join(",", new TreeSet<>(caller.tokenRoles())))
                .setParameter("requestId", requestId == null ? null : requestId.toString())
                .setParameter("resource", resource)
                .setParameter("resourceId", id)
                .setParameter("parentId", parentId)
                .setParameter("action", action)
                .setParameter("changes", json)
                .executeUpdate();
    }

    /** The history of one record and of the records that belong to it, oldest first. */
    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        return history(id, page, true);
    }

    /**
     * The history of one record, oldest first, with the changes of the records that belong to it only when
     * {@code withChildren}: a record many institutions' records belong to (a program's calls and projects, a call's
     * applications) shows them only to a caller who may read them all.
     */
    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page, boolean withChildren) {
        return page(
                new Where()
                        .and(withChildren ? "(resource_id = :id OR parent_id = :id)" : "resource_id = :id", "id", id),
                cursors.position(page, null),
                false);
    }

    /**
     * The history of one record and of the records that belong to it, but for those of the {@code hidden} kinds
     * (resource names): a child the caller may not read (a project's evaluations, with their evaluators and scores,
     * for anyone but a program manager and an auditor) stays out of its parent's history too.
     */
    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return history(id, page, true);
        }
        return page(
                new Where()
                        .and("(resource_id = :id OR parent_id = :id)", "id", id)
                        .and("(resource_id = :id OR resource NOT IN (:hidden))", "hidden", hidden),
                cursors.position(page, null),
                false);
    }

    /**
     * Every change, filtered by actor, resource and time range ({@code from} inclusive, {@code to} exclusive): by
     * {@code page}, or after the cursor of a previous page's {@code next} (an index range on the order of writing).
     */
    @Transactional
    public PageView<AuditEventView> search(
            String actor, String resource, OffsetDateTime from, OffsetDateTime to, PageRequest page, String after) {
        Where where = new Where()
                .and("actor_subject = :actor", "actor", actor)
                .and("resource = :resource", "resource", resource)
                .and("occurred_at >= :from", "from", from)
                .and("occurred_at < :to", "to", to);
        return page(where, cursors.position(page, after), true);
    }

    /**
     * A page in the order of writing. By cursor it reads only its own rows ({@code seq > :after}) and reuses the total
     * counted when the walk began; {@code next} is given only where the list takes {@code after}.
     */
    private PageView<AuditEventView> page(Where where, PagePosition position, boolean givesCursors) {
        String rows = position.cursor().isPresent() ? "(" + where.clause() + ") AND seq > :after" : where.clause();
        Query select = em.createNativeQuery("""
                SELECT id, occurred_at, actor_subject, actor_institution_id, actor_roles, request_id, resource,
                       resource_id, parent_id, action, CAST(changes AS text), seq
                FROM audit_event WHERE %s ORDER BY seq LIMIT :limit OFFSET :offset""".formatted(rows));
        where.bind(select);
        select.setParameter("limit", position.size()).setParameter("offset", position.offset());
        position.cursor().ifPresent(cursor -> select.setParameter("after", cursor.numericKey()));
        long total = position.total(() -> {
            Query count = where.bind(em.createNativeQuery("SELECT count(*) FROM audit_event WHERE " + where.clause()));
            return ((Number) count.getSingleResult()).longValue();
        });
        List<AuditEventView> items = new ArrayList<>();
        String lastSeq = null;
        for (Iterator<?> found = select.getResultList().iterator(); found.hasNext(); ) {
            Object[] row = (Object[]) found.next();
            items.add(new AuditEventView(
                    (UUID) row[0],
                    SqlValues.instant(row[1]),
                    (String) row[2],
                    (UUID) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    (UUID) row[7],
                    (UUID) row[8],
                    (String) row[9],
                    json((String) row[10])));
            lastSeq = String.valueOf(((Number) row[11]).longValue());
        }
        PageView<AuditEventView> view = position.page(items, total, lastSeq);
        return givesCursors ? view : new PageView<>(items, view.page(), view.size(), total);
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit row", e);
        }
    }
}
