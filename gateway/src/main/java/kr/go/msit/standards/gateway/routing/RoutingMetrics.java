package kr.go.msit.standards.gateway.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/** {@code kus_gateway_circuit_open{service}}: 1 while the gateway refuses a service's routes at once, else 0. */
@ApplicationScoped
class RoutingMetrics {

    private final List<Meter> registered = new ArrayList<>();

    synchronized void register(@Observes StartupEvent started, Routes routes, MeterRegistry registry) {
        routes.services()
                .forEach((name, target) -> registered.add(
                        Gauge.builder("kus.gateway.circuit.open", target.circuit(), circuit -> circuit.open() ? 1 : 0)
                                .description("1 while the circuit of the service is open")
                                .tags("service", name)
                                .register(registry)));
    }

    /** The registry outlives a restart in the same JVM (tests): the next start registers its own circuits. */
    synchronized void remove(@Observes ShutdownEvent stopping, MeterRegistry registry) {
        registered.forEach(registry::remove);
        registered.clear();
    }
}
