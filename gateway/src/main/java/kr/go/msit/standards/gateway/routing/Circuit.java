package kr.go.msit.standards.gateway.routing;

import java.time.Duration;

/**
 * A circuit breaker for one service, shared by the proxy and the composed views: after {@code threshold} failures in
 * a row it opens, and the gateway answers 503 (with {@code Retry-After}) at once instead of waiting for a service that
 * is down; after {@code openFor} one trial request is let through, whose success closes the circuit again.
 *
 * <p>What counts is the service's health, not one request's fate: a failure is an exchange that could not connect,
 * timed out, broke off or stalled (after its headers too: an exchange counts only when it ends), or ended with 502,
 * 503 or 504. Any other status is a success, 500 included: a 500 answers one request, and counting it would let any
 * caller who can provoke one take the service away from everyone; and so is a 503 the service marks as a peer's
 * failure (a rule it could not check because another service is down), else that peer's outage would take it away too.
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

    /** Whether a request may go to the service now, and whether it goes as the open circuit's one trial. */
    public enum Admission {
        REFUSED,
        ADMITTED,
        TRIAL
    }

    /** Whether a request may go to the service now: the trial, when the circuit has been open long enough. */
    public synchronized Admission admit(long now) {
        if (openedAt < 0) {
            return Admission.ADMITTED;
        }
        if (now - openedAt >= openForNanos && !trialInFlight) {
            trialInFlight = true;
            return Admission.TRIAL;
        }
        return Admission.REFUSED;
    }

    /** True when a request may go to the service now ({@link #admit}). */
    public boolean allows(long now) {
        return admit(now) != Admission.REFUSED;
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

    /**
     * An exchange that ended with this status; {@code peerAtFault} when the service said the failure is another
     * service's ({@code X-Failed-Peer}): it answered, so it is well.
     */
    public void record(int status, boolean peerAtFault, long now) {
        if (!peerAtFault && (status == 502 || status == 503 || status == 504)) {
            failed(now);
        } else {
            succeeded();
        }
    }

    /**
     * The caller left before the exchange ended: it says nothing of the service, but the trial it was ({@code trial})
     * is free again. Only its own: an exchange let through before the circuit opened freed the trial under way, and
     * a second one went through.
     */
    public synchronized void abandoned(boolean trial) {
        if (trial) {
            trialInFlight = false;
        }
    }

    /** Seconds until a trial request may go through (at least 1). */
    public synchronized long retryAfterSeconds(long now) {
        if (openedAt < 0) {
            return 1;
        }
        long left = openForNanos - (now - openedAt);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    public synchronized boolean open() {
        return openedAt >= 0;
    }
}
