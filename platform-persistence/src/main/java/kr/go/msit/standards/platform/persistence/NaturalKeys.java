package kr.go.msit.standards.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.FlushModeType;

/**
 * A record unique by a natural key (a code, a DOI, a document reference, a webhook's target) is looked for, then
 * created. Two requests for one key at once both passed the look, and the loser was answered by the unique index: a
 * bare 409 naming the index, without what the look answers (the record that holds the key, its id).
 * {@code NaturalKeys.claim("program-code", code)} before the look locks the key until the transaction ends (an
 * advisory lock on its 64-bit hash; two keys of one hash only wait for each other): the second request waits for the
 * first to commit, then finds its record. This relies on READ COMMITTED, PostgreSQL's default and this system's: each
 * statement after the lock sees what was committed before it was granted.
 */
public final class NaturalKeys {

    private NaturalKeys() {}

    /** For a key compared as it is (codes: upper-case letters, digits and dashes). */
    public static void claim(String kind, String key) {
        lock("hashtextextended(:kind || ':' || :key, 0)", kind, key);
    }

    /**
     * For a key compared in any case, with PostgreSQL's {@code lower()} as the look and the index compare it (Java's
     * lower-casing differs on a few letters: a final sigma, a dotted capital I).
     */
    public static void claimIgnoringCase(String kind, String key) {
        lock("hashtextextended(:kind || ':' || lower(:key), 0)", kind, key);
    }

    private static void lock(String hash, String kind, String key) {
        Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(" + hash + ")) l")
                .setParameter("kind", kind)
                .setParameter("key", key)
                // a lock only: what the transaction changed so far stays unwritten until it commits (a native query
                // flushes everything first, and a changed record's constraint then answered before the look did)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    }
}
