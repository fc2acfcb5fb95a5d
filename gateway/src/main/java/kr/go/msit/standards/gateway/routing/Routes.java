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

    /** A service as the proxy needs it; {@code readiness} is its management interface's readiness URL. */
    public record Target(
            String name,
            URI baseUrl,
            URI readiness,
            Duration timeout,
            Duration connectTimeout,
            int maxConnections,
            Circuit circuit) {}

    private static final String PREFIX = "/api/v1/";

    private final Map<String, Target> bySegment = new HashMap<>();

    public Routes(GatewayConfig config) {
        config.services().forEach((name, service) -> {
            Target target = new Target(
                    name + "-service",
                    URI.create(service.url().replaceAll("/+$", "")),
                    URI.create(service.managementUrl().replaceAll("/+$", "") + "/q/health/ready"),
                    service.timeout(),
                    service.connectTimeout(),
                    service.maxConnections(),
                    new Circuit(service.circuitFailures(), service.circuitOpenFor()));
            for (String segment : service.resources()) {
                Target previous = bySegment.put(segment, target);
                if (previous != null) {
                    throw new IllegalStateException(
                            "Resource " + segment + " is routed to both " + previous.name() + " and " + target.name());
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

    /**
     * The service that owns {@code /api/v1/...} (a path, with or without a query): by its first two segments when
     * they are routed ({@code audit/projects}), else by its first. Empty for the gateway's own resources and for
     * unknown ones.
     */
    public Optional<Target> forPath(String path) {
        return Optional.ofNullable(resource(path)).map(bySegment::get);
    }

    /**
     * A routed path as a template of few values, for metrics: {@code /api/v1/projects/42/reports} is
     * {@code /api/v1/projects/{path}}, {@code /api/v1/projects?status=ACTIVE} is {@code /api/v1/projects}.
     */
    public String template(String path) {
        String resource = resource(path);
        if (resource == null) {
            // not a service's: the gateway's own views (JAX-RS sets their template) or nothing at all
            return PREFIX + "{other}";
        }
        String rest = path.substring(PREFIX.length() + resource.length()).split("\\?", 2)[0];
        return PREFIX + resource + (rest.isEmpty() || rest.equals("/") ? "" : "/{path}");
    }

    /** The routed resource ({@code projects}, {@code audit/projects}) a path starts with, or null. */
    private String resource(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String[] segments = path.substring(PREFIX.length()).split("[/?]", 3);
        if (segments.length > 1 && bySegment.containsKey(segments[0] + "/" + segments[1])) {
            return segments[0] + "/" + segments[1];
        }
        return bySegment.containsKey(segments[0]) ? segments[0] : null;
    }
}
