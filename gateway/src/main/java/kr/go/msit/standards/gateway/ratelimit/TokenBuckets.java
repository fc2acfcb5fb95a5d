package kr.go.msit.standards.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets by key: each holds up to {@code burst} tokens and refills at {@code perSecond}; a request takes one.
 * Memory is bounded: when a new key finds {@code maxKeys} buckets, the idle ones (full again) are dropped, at most
 * once a second; while the map is still full, new keys share one bucket of their own. So a flood from more
 * addresses than the bound never makes anyone's request scan the map on the event loop.
 */
public final class TokenBuckets {

    private static final int MAX_KEYS = 50_000;
    private static final long PRUNE_AT_MOST_EVERY = 1_000_000_000L;

    private final double perSecond;
    private final int burst;
    private final int maxKeys;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    /** Shared by the keys that came while the map was full. */
    private final Bucket overflow;

    private final AtomicLong lastPrune;

    public TokenBuckets(double perSecond, int burst) {
        this(perSecond, burst, MAX_KEYS, System.nanoTime());
    }

    TokenBuckets(double perSecond, int burst, int maxKeys, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.overflow = new Bucket(burst, nowNanos);
        this.lastPrune = new AtomicLong(nowNanos - PRUNE_AT_MOST_EVERY);
    }

    /** 0 when the request may pass, otherwise the whole seconds to wait before the next token. */
    public long take(String key, long nowNanos) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                prune(nowNanos);
            }
            bucket = buckets.size() >= maxKeys
                    ? buckets.getOrDefault(key, overflow)
                    : buckets.computeIfAbsent(key, k -> new Bucket(burst, nowNanos));
        }
        return bucket.take(nowNanos);
    }

    private void prune(long nowNanos) {
        long last = lastPrune.get();
        if (nowNanos - last >= PRUNE_AT_MOST_EVERY && lastPrune.compareAndSet(last, nowNanos)) {
            buckets.values().removeIf(bucket -> bucket.fullAt(nowNanos));
        }
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
        }
    }
}
