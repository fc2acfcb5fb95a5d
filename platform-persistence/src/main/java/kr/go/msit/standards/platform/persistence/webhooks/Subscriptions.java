package kr.go.msit.standards.platform.persistence.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.events.FeedPosition;

/** Reads and writes webhook subscriptions and their delivery log (native SQL: platform tables). */
@ApplicationScoped
public class Subscriptions {

    private static final String COLUMNS = """
            id, target_url, CAST(array_to_json(types) AS text), description, owner_subject,
            CAST(array_to_json(owner_roles) AS text), owner_institution_id, secret, previous_secret, previous_until,
            status, status_reason, CAST(cursor_xid AS text), cursor_seq, consecutive_failures, next_attempt_at, expires_at,
            version,
            created_at, updated_at""";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public Subscriptions(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void insert(Subscription s) {
        em.createNativeQuery("""
                INSERT INTO webhook_subscription (id, target_url, types, description, owner_subject, owner_roles,
                    owner_institution_id, secret, status, cursor_xid, cursor_seq, expires_at)
                VALUES (:id, :target, CAST(:types AS text[]), :description, :owner, CAST(:roles AS text[]),
                    :institution, :secret, :status, CAST(CAST(:xid AS text) AS xid8), :seq, :expires)""")
                .setParameter("id", s.id())
                .setParameter("target", s.targetUrl())
                .setParameter("types", array(s.types()))
                .setParameter("description", s.description())
                .setParameter("owner", s.ownerSubject())
                .setParameter("roles", array(s.ownerRoles()))
                .setParameter("institution", s.ownerInstitution())
                .setParameter("secret", s.secret())
                .setParameter("status", s.status().name())
                .setParameter("xid", s.cursor().xid())
                .setParameter("seq", s.cursor().seq())
                .setParameter("expires", java.sql.Timestamp.from(s.expiresAt()))
                .executeUpdate();
    }

    /** The subscription, locked for a change when {@code lock}. */
    Optional<Subscription> find(UUID id, boolean lock) {
        List<?> rows = em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(row -> row((Object[]) row));
    }

    Optional<UUID> findByTarget(String owner, String target) {
        // every row of the owner (no more than the limit per owner), each read in today's form: a row kept in an older
        // form (before TargetUrl read IPv6, escapes and dot segments) names the same receiver
        List<?> rows = em.createNativeQuery(
                        "SELECT id, target_url FROM webhook_subscription WHERE owner_subject = :owner ORDER BY id")
                .setParameter("owner", owner)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .filter(row -> target.equals(TargetUrl.canonical((String) row[1])))
                .findFirst()
                .map(row -> (UUID) row[0]);
    }

    /**
     * How many subscriptions {@code owner} holds, counted under a lock on that owner for the transaction, so that two
     * subscriptions made at once cannot both pass a bound the count was checked against.
     */
    long countOwnedLocked(String owner) {
        NaturalKeys.claim("webhook-owner", owner);
        return ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_subscription WHERE owner_subject = :owner")
                        .setParameter("owner", owner)
                        .getSingleResult())
                .longValue();
    }

    /** A page of subscriptions, oldest first: the owner's, or every one when {@code owner} is null. */
    List<Subscription> list(String owner, int offset, int limit) {
        Query query = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription"
                + (owner == null ? "" : " WHERE owner_subject = :owner") + " ORDER BY created_at, id LIMIT :limit"
                + " OFFSET :offset");
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        return query.setParameter("limit", limit).setParameter("offset", offset).getResultList().stream()
                .map(row -> row((Object[]) row))
                .toList();
    }

    long count(String owner) {
        Query query = em.createNativeQuery(
                "SELECT count(*) FROM webhook_subscription" + (owner == null ? "" : " WHERE owner_subject = :owner"));
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Runs {@code sql} (an UPDATE of one subscription, {@code :id} bound) and bumps its version. */
    @Transactional(Transactional.TxType.MANDATORY)
    int update(UUID id, String set, Object... parameters) {
        Query query = em.createNativeQuery("UPDATE webhook_subscription SET " + set
                + ", version = version + 1, updated_at = now() WHERE id = :id");
        query.setParameter("id", id);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query.executeUpdate();
    }

    /**
     * Every subscription's id with its sealed secrets, current and previous (the previous may be null), each row
     * locked for the transaction: a secret rotation waits, so that what is sealed again is what the row then holds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Object[]> sealedSecretsLocked() {
        return em
                .createNativeQuery(
                        "SELECT id, secret, previous_secret FROM webhook_subscription ORDER BY id FOR UPDATE")
                .getResultList()
                .stream()
                .map(Object[].class::cast)
                .toList();
    }

    /**
     * Replaces a sealed secret ({@code previous} for the previous one) of a row locked by
     * {@link #sealedSecretsLocked()} with the same secret sealed again. The version stays: what the owner sees is
     * unchanged.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void resealed(UUID id, boolean previous, byte[] sealed) {
        String column = previous ? "previous_secret" : "secret";
        em.createNativeQuery("UPDATE webhook_subscription SET " + column + " = :sealed WHERE id = :id")
                .setParameter("sealed", sealed)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void delete(UUID id) {
        em.createNativeQuery("DELETE FROM webhook_subscription WHERE id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    private Subscription row(Object[] r) {
        return new Subscription(
                (UUID) r[0],
                (String) r[1],
                List.copyOf(strings((String) r[2])),
                (String) r[3],
                (String) r[4],
                new LinkedHashSet<>(strings((String) r[5])),
                (UUID) r[6],
                (byte[]) r[7],
                (byte[]) r[8],
                r[9] == null ? null : instant(r[9]),
                WebhookStatus.valueOf((String) r[10]),
                (String) r[11],
                new FeedPosition(Long.parseLong((String) r[12]), ((Number) r[13]).longValue()),
                ((Number) r[14]).intValue(),
                instant(r[15]),
                instant(r[16]),
                ((Number) r[17]).longValue(),
                instant(r[18]),
                instant(r[19]));
    }

    private List<String> strings(String json) {
        try {
            return json == null ? List.of() : mapper.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable subscription row", e);
        }
    }

    /** A PostgreSQL array literal of {@code values}, each quoted. */
    static String array(Collection<String> values) {
        return values.stream()
                .map(value -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static Instant instant(Object value) {
        return kr.go.msit.standards.platform.persistence.SqlValues.instant(value);
    }
}
