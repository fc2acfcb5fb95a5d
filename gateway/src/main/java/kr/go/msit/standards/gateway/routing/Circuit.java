package kr.go.msit.standards.gateway.routing;

import java.time.Duration;

/**
 * A circuit breaker for one service: after {@code threshold} failures in a row it opens, and the gateway answers 503
 * at once instead of waiting for a service that is down; after {@code openFor} one trial request is let through,
 * whose success closes the circuit again.
 */
public final class Circuit {

    private final int threshold;
    private final long openForNanos;
    private int failures;
    private long openedAt = -1;
    private boolean trialInFlight;

    public Circuit(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
    }

    /** True when a request may go to the service now. */
    public synchronized boolean allows(long now) {
        if (openedAt < 0) {
            return true;
        }
        if (now - openedAt >= openForNanos && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    public synchronized void succeeded() {
        failures = 0;
        openedAt = -1;
        trialInFlight = false;
    }

    public synchronized void failed(long now) {
        failures++;
        if (trialInFlight || failures >= threshold) {
            openedAt = now;
        }
        trialInFlight = false;
    }

    public synchronized boolean open() {
        return openedAt >= 0;
    }
}
