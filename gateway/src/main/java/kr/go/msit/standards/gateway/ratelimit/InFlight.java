package kr.go.msit.standards.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each caller has in the gateway at once, with an upper bound: a rate limit counts requests as they
 * start, so a caller whose requests last (a body sent a byte at a time, an answer read slowly) could otherwise hold
 * the connections to a service that every caller shares.
 */
public final class InFlight {

    private final int max;
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    public InFlight(int max) {
        this.max = max;
    }

    /** Counts one more request of {@code key}, unless it has {@code max} already: then false, and nothing counted. */
    public boolean enter(String key) {
        boolean[] entered = {false};
        counts.compute(key, (k, count) -> {
            int now = count == null ? 0 : count;
            if (now >= max) {
                return count;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    /** One request of {@code key} has ended. */
    public void leave(String key) {
        counts.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
    }
}
