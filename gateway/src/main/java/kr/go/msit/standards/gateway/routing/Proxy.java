package kr.go.msit.standards.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.web.PathTemplates;

/**
 * Forwards every {@code /api/v1/**} request whose resource a service owns (see {@link Routes}) and passes the
 * service's answer back unchanged (status, headers, body), except for hop-by-hop headers and a {@code Location} that
 * is rewritten to point at the gateway. Other paths (the gateway's own composed views, unknown resources) go on to
 * JAX-RS.
 *
 * <p>It runs on the event loop as a Vert.x route, so bodies stream: the request body flows to the service as it
 * arrives, with back-pressure, and is never held whole; the answer is held up to {@code gateway.response-buffer}
 * (64 KB) and then streams too. An answer that fits is sent whole, so a service that fails or stalls before its end
 * still gives the caller a clean problem: 503 when it cannot be reached or fails, 504 when its whole answer does not
 * come within the service's timeout. A longer answer that breaks after it has started streaming can only be cut
 * (the connection is closed, so the caller sees it incomplete, never a short body that looks whole). A caller that
 * stops sending its body for {@code gateway.body-timeout} (30 s) gets 408.
 *
 * <p>This class routes; one exchange is a {@link ProxiedExchange}; what crosses in headers is {@link ProxyHeaders}.
 */
@ApplicationScoped
public class Proxy {

    private final Routes routes;
    private final ProblemResponses problems;
    private final Upstreams upstreams;
    private final long responseBuffer;
    private final long bodyTimeoutMillis;
    private final String publicBase;

    public Proxy(Routes routes, ProblemResponses problems, Upstreams upstreams, GatewayConfig config) {
        this.routes = routes;
        this.problems = problems;
        this.upstreams = upstreams;
        this.responseBuffer = config.responseBuffer().asLongValue();
        this.bodyTimeoutMillis = config.bodyTimeout().toMillis();
        this.publicBase =
                config.publicBaseUrl().map(url -> url.replaceAll("/+$", "")).orElse(null);
    }

    void register(@Observes Router router) {
        router.route("/api/v1/*").handler(this::handle);
    }

    void handle(RoutingContext rc) {
        Routes.Route route = routes.route(rc.request().path()).orElse(null);
        if (route == null) {
            rc.next();
            return;
        }
        // the metrics' uri tag: the resource, not every id under it
        PathTemplates.set(route.template());
        new ProxiedExchange(rc, route.target(), problems, upstreams, responseBuffer, bodyTimeoutMillis, publicBase)
                .start();
    }
}
