package kr.go.msit.standards.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** A routed resource with its two metrics templates, built once: a request neither splits nor concatenates. */
    private record Resource(Target target, String bare, String withPath) {}

    private final Map<String, Resource> bySegment = new HashMap<>();

    @Inject
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
            service.resources().forEach(segment -> add(segment, target));
        });
    }

    /** A table of the given resources, for tests. */
    Routes(Map<String, Target> resources) {
        resources.forEach(this::add);
    }

    private void add(String segment, Target target) {
        Resource previous =
                bySegment.put(segment, new Resource(target, PREFIX + segment, PREFIX + segment + "/{path}"));
        if (previous != null) {
            throw new IllegalStateException("Resource " + segment + " is routed to both "
                    + previous.target().name() + " and " + target.name());
        }
    }

    /** Every service, once, by name. */
    public Map<String, Target> services() {
        Map<String, Target> services = new java.util.TreeMap<>();
        bySegment.values().forEach(resource -> services.put(resource.target().name(), resource.target()));
        return services;
    }

    /**
     * The service that owns {@code /api/v1/...} (a path, with or without a query): by its first two segments when
     * they are routed ({@code audit/projects}), else by its first. Empty for the gateway's own resources and for
     * unknown ones.
     */
    public Optional<Target> forPath(String path) {
        int end = resourceEnd(path);
        return end < 0
                ? Optional.empty()
                : Optional.of(
                        bySegment.get(path.substring(PREFIX.length(), end)).target());
    }

    /** A routed request: the service that owns it and its path's metrics template (see {@link #template}). */
    public record Route(Target target, String template) {}

    /** The route of a path, found in one scan (the proxy needs both on every request); empty as {@link #forPath}. */
    public Optional<Route> route(String path) {
        int end = resourceEnd(path);
        if (end < 0) {
            return Optional.empty();
        }
        Resource resource = bySegment.get(path.substring(PREFIX.length(), end));
        return Optional.of(new Route(resource.target(), template(resource, path, end)));
    }

    /**
     * A routed path as a template of few values, for metrics: {@code /api/v1/projects/42/reports} is
     * {@code /api/v1/projects/{path}}, {@code /api/v1/projects?status=ACTIVE} is {@code /api/v1/projects}.
     */
    public String template(String path) {
        int end = resourceEnd(path);
        if (end < 0) {
            // not a service's: the gateway's own views (JAX-RS sets their template) or nothing at all
            return PREFIX + "{other}";
        }
        return template(bySegment.get(path.substring(PREFIX.length(), end)), path, end);
    }

    private static String template(Resource resource, String path, int end) {
        // what follows the resource: nothing, a lone slash or a query is the resource itself
        int rest = end < path.length() && path.charAt(end) == '/' ? end + 1 : end;
        return rest == path.length() || path.charAt(rest) == '?' ? resource.bare() : resource.withPath();
    }

    /**
     * Where the routed resource ({@code projects}, {@code audit/projects}) a path starts with ends, or -1. Found by
     * scanning, not by a regular expression: this runs on every proxied request.
     */
    private int resourceEnd(String path) {
        if (!path.startsWith(PREFIX)) {
            return -1;
        }
        int first = segmentEnd(path, PREFIX.length());
        if (first < path.length() && path.charAt(first) == '/') {
            int second = segmentEnd(path, first + 1);
            if (bySegment.containsKey(path.substring(PREFIX.length(), second))) {
                return second;
            }
        }
        return bySegment.containsKey(path.substring(PREFIX.length(), first)) ? first : -1;
    }

    /** The index of the first '/' or '?' at or after {@code from}, or the path's length. */
    private static int segmentEnd(String path, int from) {
        for (int i = from; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' || c == '?') {
                return i;
            }
        }
        return path.length();
    }
}
