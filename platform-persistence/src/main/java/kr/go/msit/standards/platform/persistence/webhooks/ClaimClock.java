package kr.go.msit.standards.platform.persistence.webhooks;

import java.time.Duration;

/**
 * How long one claim on a subscription may go on sending. Its lease ends at a fixed time, and another replica may then
 * claim the subscription and send too: two senders, out of order. So a send starts only if it can end (the host's
 * lookup and the connection, each within the connect timeout, plus timeout, plus a second for the bookkeeping) before
 * the lease does; the rest waits for the next claim. The first send of a claim always starts, so a lease configured
 * shorter than one send still makes progress.
 */
record ClaimClock(long claimedAtNanos, Duration lease, Duration perSend) {

    static ClaimClock startingNow(WebhookSettings settings) {
        return new ClaimClock(
                System.nanoTime(),
                settings.lease(),
                // the host's lookup (bounded by the connect timeout too), the connection, the answer, the bookkeeping
                settings.connectTimeout()
                        .multipliedBy(2)
                        .plus(settings.timeout())
                        .plusSeconds(1));
    }

    /** Whether a send may start at {@code nowNanos}, {@code sent} sends having been made under this claim. */
    boolean allowsSend(long nowNanos, int sent) {
        return sent == 0 || nowNanos - claimedAtNanos + perSend.toNanos() <= lease.toNanos();
    }
}
