package kr.go.msit.standards.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each service lives, which first path segments it owns, and how long the gateway waits for it. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Services by name ({@code projects}, {@code funding}, {@code partnership}). */
    Map<String, Service> services();

    /**
     * How much of a service's answer the proxy holds before it starts passing it on. An answer that fits (nearly every
     * JSON answer) is sent whole, so a service that fails or stalls before its end still gives the caller a clean
     * 502/504 problem; a longer one streams through, and a failure after this point can only cut the connection.
     */
    @WithDefault("64K")
    MemorySize responseBuffer();

    /**
     * The longest the gateway waits for the next piece of a caller's request body (its first piece included, and over
     * HTTP/2 the end of a stream that said nothing of a body), as nginx's {@code client_body_timeout}: then 408, the
     * connection closed and the service's request dropped. Without it a caller that stops halfway held a connection
     * to the service until the server's idle timeout (30 min), and a few such callers held them all.
     */
    @WithDefault("30s")
    Duration bodyTimeout();

    /**
     * The gateway's public address ({@code https://api.kus.example}, from {@code PUBLIC_BASE_URL}), which a created
     * record's {@code Location} starts with. Unset, {@code Location} is the path alone, which a client resolves
     * against the address it called: never built from the caller's {@code Host} header, which anyone can forge.
     */
    Optional<String> publicBaseUrl();

    interface Service {
        /** Base URL, for example {@code http://projects-service:8081}. */
        String url();

        /**
         * Base URL of the service's management interface, for example {@code http://projects-service:9081}: the
         * gateway's readiness asks its {@code /q/health/ready} there (health is not served on the public port).
         */
        String managementUrl();

        /** First segments under {@code /api/v1} that this service owns. */
        List<String> resources();

        /** Longest wait for the service's answer before a 504. */
        @WithDefault("10s")
        Duration timeout();

        /** Longest wait for a connection before a 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Most connections the gateway keeps open to the service (per gateway instance); more requests wait. */
        @WithDefault("100")
        int maxConnections();

        /** Failures in a row (unreachable, timeout, 5xx) that open the service's circuit. */
        @WithDefault("5")
        int circuitFailures();

        /** How long an open circuit answers 503 at once before a trial request goes through. */
        @WithDefault("10s")
        Duration circuitOpenFor();
    }
}
