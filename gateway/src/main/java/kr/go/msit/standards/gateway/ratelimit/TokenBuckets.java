package kr.go.msit.standards.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key: each holds up to {@code burst} tokens and refills at {@code perSecond}; a request takes one.
 * Idle buckets (full again) are dropped when the map grows, so memory stays bounded by the active callers.
 */
public final class TokenBuckets {

    private static final int PRUNE_ABOVE = 50_000;

    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** 0 when the request may pass, otherwise the whole seconds to wait before the next token. */
    public long take(String key, long nowNanos) {
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.entrySet().removeIf(e -> e.getValue().fullAt(nowNanos));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, nowNanos)).take(nowNanos);
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
