package kr.go.msit.standards.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InFlightTest {

    @Test
    void aCallerHasAtMostItsMaximumAtOnceAndOthersAreNotCounted() {
        InFlight inFlight = new InFlight(2);
        assertTrue(inFlight.enter("carol"));
        assertTrue(inFlight.enter("carol"));
        assertFalse(inFlight.enter("carol"));
        assertTrue(inFlight.enter("dave"));
        inFlight.leave("carol");
        assertTrue(inFlight.enter("carol"));
        assertFalse(inFlight.enter("carol"));
        inFlight.leave("carol");
        inFlight.leave("carol");
        inFlight.leave("carol"); // one more than entered: never below zero
        assertTrue(inFlight.enter("carol"));
        assertTrue(inFlight.enter("carol"));
        assertFalse(inFlight.enter("carol"));
    }
}
