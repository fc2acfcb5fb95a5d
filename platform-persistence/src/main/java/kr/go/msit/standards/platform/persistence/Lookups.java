package kr.go.msit.standards.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * "Find it or answer 404", written once: {@code Lookups.found(Project.findById(id), "project", id)} for the record a
 * path names; {@code Lookups.referenced(Program.findById(id), "unknown-program", "No program " + id)} (422) for a
 * record a request's body refers to; {@code Lookups.locked(Project.class, id, "project")} for the record a change
 * takes the row lock of.
 */
public final class Lookups {

    private Lookups() {}

    /** {@code record}, or a 404 problem naming {@code resource} and {@code id} when it is null. */
    public static <T> T found(T record, String resource, Object id) {
        if (record == null) {
            throw ProblemException.notFound(resource, id);
        }
        return record;
    }

    /**
     * The record under its row lock ({@code PESSIMISTIC_WRITE}), read again once the lock is granted, or a 404 problem.
     * The statement that waits for a lock sees the locked row as the transaction it waited for left it, but not what
     * it read with that row (an entity's eager collections: PostgreSQL re-reads only the locked row), and a record
     * already loaded in this transaction keeps the state it was loaded with: budget lines were checked against an
     * appropriation from before the change they had waited for.
     */
    public static <T> T locked(Class<T> type, Object id, String resource) {
        return found(lockedOrNull(type, id, LockModeType.PESSIMISTIC_WRITE), resource, id);
    }

    /** The same, for a record a request's body refers to: 422 with {@code rule} when there is none. */
    public static <T> T lockedReference(Class<T> type, Object id, String rule, String detail) {
        return referenced(lockedOrNull(type, id, LockModeType.PESSIMISTIC_WRITE), rule, detail);
    }

    /**
     * A record a request's body refers to and a new record is checked against, under a shared lock ({@code FOR SHARE}),
     * read again once it is granted, or 422 with {@code rule}: a change of the record (which takes its row lock) and
     * the check are taken in turn, while requests that only refer to it go on side by side.
     */
    public static <T> T sharedReference(Class<T> type, Object id, String rule, String detail) {
        return referenced(lockedOrNull(type, id, LockModeType.PESSIMISTIC_READ), rule, detail);
    }

    private static <T> T lockedOrNull(Class<T> type, Object id, LockModeType mode) {
        EntityManager em = Panache.getEntityManager(type);
        // the copy this transaction holds (or one loaded now), then read afresh under the lock: asking the lock of a
        // copy loaded before checks its version instead, and a change committed meanwhile was a bare 409 ("changed by
        // another request") where the request, taken in turn, has a proper answer (409 with currentState, or 412)
        T record = em.find(type, id);
        if (record != null) {
            em.refresh(record, mode);
            // and once more, now that the lock is held: the statement that waited for it re-read only the locked row,
            // not what it read with it (an entity's eager collections)
            em.refresh(record);
        }
        return record;
    }

    /** {@code record}, or a 422 problem with {@code rule} (an {@code unknown-…} slug) when it is null. */
    public static <T> T referenced(T record, String rule, String detail) {
        if (record == null) {
            throw ProblemException.businessRule(rule, detail);
        }
        return record;
    }
}
