package kr.go.msit.standards.platform.persistence.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code kus.webhooks.*}: delivery of the change feed to subscribers (README, section Configuration). */
@ConfigMapping(prefix = "kus.webhooks")
public interface WebhookSettings {

    /** The key subscription secrets are encrypted under (WEBHOOK_SECRET_KEY); the same on every replica. */
    Optional<String> secretKey();

    /**
     * Keys secrets were encrypted under before the current one (WEBHOOK_PREVIOUS_SECRET_KEYS, comma-separated), while
     * the key is rotated: secrets still sealed under one are read, and sealed again under the current key at start.
     */
    Optional<List<String>> previousSecretKeys();

    /** How often the worker looks for subscriptions with events to deliver. */
    @WithDefault("1s")
    String pollEvery();

    /** How many subscriptions one replica delivers to at once. */
    @WithDefault("4")
    int workers();

    /**
     * How many of one owner's subscriptions are delivered to at once, across replicas: one owner's slow subscribers
     * keep no more workers busy than this (see {@link DeliveryClaims#claim}).
     */
    @WithDefault("2")
    int ownerWorkers();

    /**
     * How many subscriptions one owner (token subject) may hold in a service. Every subscription is visited by the
     * delivery workers, so without a bound one caller's thousands of idle ones put everyone's deliveries minutes apart.
     */
    @WithDefault("25")
    int maxPerOwner();

    /**
     * How long a subscription delivers unless its owner renews it (any change by the owner renews it, and binds it to
     * the owner's roles as they are then): an owner who lost a role stops receiving what it could read by then.
     */
    @WithDefault("P30D")
    Duration lifetime();

    /** Events delivered to one subscription per claim. */
    @WithDefault("10")
    int batch();

    /** How long a replica's claim on a subscription lasts (longer than a batch of timed-out deliveries). */
    @WithDefault("PT2M")
    Duration lease();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long a subscriber has to answer one delivery. */
    @WithDefault("PT10S")
    Duration timeout();

    /** The first retry's delay; each further one doubles it, up to retryMax, less a random part (jitter). */
    @WithDefault("PT5S")
    Duration retryBase();

    @WithDefault("PT1H")
    Duration retryMax();

    /** Consecutive failed deliveries after which a subscription is paused until resumed. */
    @WithDefault("15")
    int pauseAfter();

    /** After a secret rotation, how long deliveries are signed with the old secret too. */
    @WithDefault("PT24H")
    Duration rotationGrace();

    /** Address ranges (CIDR) a target may resolve to although private or loopback; none by default (SSRF). */
    Optional<List<String>> allowPrivateTargets();

    /** Whether plain http:// targets are accepted (development only); https:// otherwise. */
    @WithDefault("false")
    boolean allowHttp();
}
