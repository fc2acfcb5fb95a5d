package kr.go.msit.standards.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import kr.go.msit.standards.gateway.routing.Circuit;
import org.junit.jupiter.api.Test;

class CircuitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void opensAfterFailuresInARowAndLetsOneTrialThroughLater() {
        Circuit circuit = new Circuit(3, Duration.ofSeconds(10));
        circuit.failed(0);
        circuit.failed(0);
        circuit.succeeded();
        circuit.failed(0);
        circuit.failed(0);
        assertTrue(circuit.allows(0), "a success in between resets the count");
        circuit.failed(0);
        assertFalse(circuit.allows(SECOND), "open");
        assertTrue(circuit.allows(11 * SECOND), "one trial after the open period");
        assertFalse(circuit.allows(11 * SECOND), "only one trial at a time");
        circuit.failed(11 * SECOND);
        assertFalse(circuit.allows(12 * SECOND), "a failed trial opens it again");
        assertTrue(circuit.allows(22 * SECOND));
        circuit.succeeded();
        assertTrue(circuit.allows(22 * SECOND));
        assertFalse(circuit.open());
    }

    @Test
    void anExchangeAbandonedFreesOnlyTheTrialItWas() {
        Circuit circuit = new Circuit(1, Duration.ofSeconds(10));
        assertEquals(Circuit.Admission.ADMITTED, circuit.admit(0), "let through while closed");
        circuit.failed(0);
        assertEquals(Circuit.Admission.TRIAL, circuit.admit(11 * SECOND));
        // the exchange let through before the circuit opened is given up: the trial under way stays the only one
        circuit.abandoned(false);
        assertEquals(Circuit.Admission.REFUSED, circuit.admit(11 * SECOND), "a second trial went through");
        circuit.abandoned(true);
        assertEquals(Circuit.Admission.TRIAL, circuit.admit(12 * SECOND), "the trial given up is free again");
    }
}
