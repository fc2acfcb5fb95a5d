package kr.go.msit.standards.platform.web;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * The methods a path answers: what {@code OPTIONS} says, and the {@code Allow} a 405 must carry (RFC 9110 §15.5.6).
 * RESTEasy's defaults answered {@code OPTIONS} with every method of the resource class whatever the path
 * ({@code /projects} and {@code /projects/{id}} both said POST and PUT, and a path no operation has said the same)
 * and a 405 without {@code Allow}; its router also answered 404 for a method a path lacks when another class's path
 * begins the same way, and sent a method a literal path lacks to the template beside it ({@code PUT
 * /projects/summary} to {@code PUT /projects/{id}}).
 *
 * <p>The answer follows JAX-RS's matching over RESTEasy's own routing table: of the resource classes its router would
 * try for the path, in its order, the operations whose whole template matches; the most specific template (most
 * literal characters, then most parameters) is the resource, and its methods are allowed (HEAD where GET is, and
 * OPTIONS), as the OpenAPI document lists them. A request for a literal path with a method only the template beside
 * it has is a 405 before it is routed (a set lookup per request, only where such a pair exists).
 */
@Singleton
public class AllowedMethods {

    private static final Logger LOG = Logger.getLogger(AllowedMethods.class);

    private volatile RouteTable table;

    /**
     * {@code OPTIONS} on a path an operation has: 200 with {@code Allow}; on another path within a resource class,
     * 404 (RESTEasy would answer the class's methods). A literal path asked with a method it lacks: 405.
     */
    @ServerRequestFilter(preMatching = true)
    public Response answerOptions(ContainerRequestContext request) {
        RouteTable routes = table();
        boolean options = HttpMethod.OPTIONS.equals(request.getMethod());
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        // the hot path: any other method, in a module without a literal path beside a template, looks no further
        if (current == null || !(options || routes.shadowsAnyPath())) {
            return null;
        }
        String path = current.getPathWithoutPrefix();
        if (options) {
            Set<String> allowed = routes.allowed(path);
            if (!allowed.isEmpty()) {
                return Response.ok().allow(allowed).build();
            }
            if (routes.withinAClass(path)) {
                throw new NotFoundException();
            }
            return null;
        }
        if (routes.shadowing(path) && !routes.allowed(path).contains(request.getMethod())) {
            throw new NotAllowedException(
                    Response.status(Response.Status.METHOD_NOT_ALLOWED).build());
        }
        return null;
    }

    /** A 405, RESTEasy's or ours, names the methods the path does answer. */
    @ServerResponseFilter
    public void allowOnNotAllowed(ContainerResponseContext response) {
        if (response.getStatus() == 405 && !response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            Set<String> allowed = allowedForCurrentRequest();
            if (!allowed.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", allowed));
            }
        }
    }

    /** Whether the request being served names a path an operation has, with a method it has not. */
    public boolean wrongMethodForCurrentRequest() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        Set<String> allowed = allowedForCurrentRequest();
        return !allowed.isEmpty() && !allowed.contains(request.getMethod());
    }

    /** What the path of the request being served answers; empty where no operation has it, or outside a request. */
    private Set<String> allowedForCurrentRequest() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request == null ? Set.of() : table().allowed(request.getPathWithoutPrefix());
    }

    /** Read at start, so that the first request does not pay for it on its event loop. */
    void readAtStart(@Observes StartupEvent start) {
        table();
    }

    private RouteTable table() {
        RouteTable routes = table;
        if (routes == null) {
            Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
            if (deployment == null) {
                return RouteTable.EMPTY; // not deployed yet: asked again next time
            }
            try {
                routes = RouteTable.of(deployment.getClassMappers());
            } catch (RuntimeException e) {
                // never a reason to refuse requests: without the table, RESTEasy's own answers stand
                LOG.warn("Cannot read the routing table; OPTIONS and 405 keep RESTEasy's answers", e);
                routes = RouteTable.EMPTY;
            }
            table = routes;
        }
        return routes;
    }
}
