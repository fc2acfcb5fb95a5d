package kr.go.msit.standards.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The routing table: first path segment under /api/v1 → the owning service. */
@ApplicationScoped
public class Routes {

    /** A service as the proxy needs it. */
    public record Target(String name, URI baseUrl, Duration timeout, Duration connectTimeout, Circuit circuit) {
    }

    private final Map<String, Target> bySegment = new HashMap<>();

    public Routes(GatewayConfig config) {
        config.services().forEach((name, service) -> {
            Target target = new Target(name + "-service", URI.create(service.url().replaceAll("/+$", "")),
                    service.timeout(), service.connectTimeout(),
                    new Circuit(service.circuitFailures(), service.circuitOpenFor()));
            for (String segment : service.resources()) {
                Target previous = bySegment.put(segment, target);
                if (previous != null) {
                    throw new IllegalStateException("Resource " + segment + " is routed to both " + previous.name()
                            + " and " + target.name());
                }
            }
        });
    }

    /** Every service, once, by name. */
    public Map<String, Target> services() {
        Map<String, Target> services = new java.util.TreeMap<>();
        bySegment.values().forEach(target -> services.put(target.name(), target));
        return services;
    }

    public Optional<Target> forSegment(String segment) {
        return Optional.ofNullable(bySegment.get(segment));
    }
}
