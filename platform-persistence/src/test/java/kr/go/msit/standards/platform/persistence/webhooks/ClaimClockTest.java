package kr.go.msit.standards.platform.persistence.webhooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A claim sends only while a send can end before its lease does: 10 redeliveries and 10 events at a 10 s timeout took
 * about 200 s under a 120 s lease, and another replica, claiming the lapsed subscription, sent beside it out of order.
 */
class ClaimClockTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aSendStartsOnlyIfItCanEndBeforeTheLease() {
        // lease 120 s, a send up to 16 s (5 s connect + 10 s timeout + 1 s)
        ClaimClock clock = new ClaimClock(0, Duration.ofSeconds(120), Duration.ofSeconds(16));
        assertTrue(clock.allowsSend(0, 0));
        assertTrue(clock.allowsSend(104 * SECOND, 6), "ends at 120 s: in time");
        assertFalse(clock.allowsSend(105 * SECOND, 6), "would end after the lease");
        assertFalse(clock.allowsSend(200 * SECOND, 10));
    }

    @Test
    void theFirstSendOfAClaimAlwaysStartsSoAShortLeaseStillMakesProgress() {
        ClaimClock clock = new ClaimClock(0, Duration.ofSeconds(5), Duration.ofSeconds(16));
        assertTrue(clock.allowsSend(0, 0));
        assertFalse(clock.allowsSend(0, 1));
    }
}
