package kr.go.msit.standards.platform.client;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The one fault-tolerance policy of every call from a service to another, written once: a time limit (3 s), one
 * retry after 100 ms (reads only: the calls between services are reads), none after a time-out, and a circuit
 * breaker per peer that opens when half of the last six calls failed and stays open 10 s. Failures are a
 * {@link DependencyFailure} (the peer answered, but not usefully), a {@link ProcessingException} (it could not be
 * reached) and a time-out; an answer about the request (a 404, or a 422 a caller's data decides) is none.
 *
 * <p>A service's calls to a peer produce it as a bean named after the peer and apply it to every method:
 *
 * <pre>{@code
 * @ApplyGuard(FundingCalls.DEPENDENCY)
 * public class FundingCalls {
 *     public static final String DEPENDENCY = "funding-service";
 *
 *     @Produces @Identifier(DEPENDENCY) static final Guard GUARD = PeerGuard.of(DEPENDENCY);
 * }</pre>
 *
 * Each limit is configuration under the peer's name, e.g.
 * {@code quarkus.fault-tolerance."funding-service".circuit-breaker.request-volume-threshold}. The circuit's state is
 * the gauge {@code kus_peer_circuit_open{peer}}: SmallRye's {@code ft_circuitbreaker_state_current} is kept per
 * method, each from its own calls only, so one peer's circuit read differently by each method.
 */
public final class PeerGuard {

    /** Each peer's circuit, 1 while open or half-open, as the gauge reads it. */
    private static final Map<String, AtomicInteger> OPEN = new ConcurrentHashMap<>();

    private PeerGuard() {}

    /** The policy for calls to {@code peer}, its circuit breaker named after it. */
    public static Guard of(String peer) {
        AtomicInteger open = OPEN.computeIfAbsent(peer, name -> {
            AtomicInteger state = new AtomicInteger();
            Gauge.builder("kus.peer.circuit.open", state, AtomicInteger::get)
                    .description("1 while the circuit of this service's calls to the peer is open or half-open (calls"
                            + " answered 503 at once, or one trial), else 0")
                    .tag("peer", name)
                    .register(Metrics.globalRegistry);
            return state;
        });
        return Guard.create()
                .withDescription(peer)
                .withTimeout()
                .duration(3, ChronoUnit.SECONDS)
                .done()
                .withRetry()
                .maxRetries(1)
                .delay(100, ChronoUnit.MILLIS)
                .retryOn(List.of(DependencyFailure.class, ProcessingException.class))
                .abortOn(TimeoutException.class)
                .done()
                .withCircuitBreaker()
                .name(peer)
                .onStateChange(state -> open.set(state == CircuitBreakerState.CLOSED ? 0 : 1))
                .requestVolumeThreshold(6)
                .failureRatio(0.5)
                .delay(10, ChronoUnit.SECONDS)
                .successThreshold(1)
                .failOn(List.of(DependencyFailure.class, ProcessingException.class, TimeoutException.class))
                .done()
                .build();
    }
}
