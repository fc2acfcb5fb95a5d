package kr.go.msit.standards.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.web.RequestIds;
import kr.go.msit.standards.platform.web.TraceContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Forwards a request to the service that owns its first path segment and returns the service's answer unchanged
 * (status, headers, body), except for hop-by-hop headers and a {@code Location} that is rewritten to point at the
 * gateway. A service that cannot be reached is a 503 problem naming it; one that does not answer in time, a 504.
 */
@ApplicationScoped
public class Proxy {

    private static final Logger LOG = Logger.getLogger(Proxy.class);

    /** Headers that describe one connection, not the message (RFC 9110 §7.6.1), or that the client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect", "http2-settings", "x-request-id", "traceparent");

    /** Methods that change nothing, so a failed connection may be retried. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Routes routes;
    private final ProblemResponses problems;
    private final Upstreams upstreams;

    public Proxy(Routes routes, ProblemResponses problems, Upstreams upstreams) {
        this.routes = routes;
        this.problems = problems;
        this.upstreams = upstreams;
    }

    public CompletionStage<Response> forward(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        String path = uri.getRequestUri().getRawPath();
        String[] segments = path.substring("/api/v1/".length()).split("/", 3);
        String segment = segments[0];
        // a two-segment route (audit/projects) wins over the first segment alone
        Routes.Target target = (segments.length > 1 ? routes.forSegment(segment + "/" + segments[1]) : Optional.<Routes.Target>empty())
                .or(() -> routes.forSegment(segment)).orElse(null);
        if (target == null) {
            return CompletableFuture.completedFuture(problems.of(new ProblemException(404, "not-found",
                    "Not Found", "No resource /api/v1/" + segment + " in this API")));
        }
        String requestId = problems.requestId();
        String query = uri.getRequestUri().getRawQuery();
        URI upstream = URI.create(target.baseUrl() + path + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream).timeout(target.timeout())
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        if (requestId != null) {
            request.header(RequestIds.HEADER, requestId);
        }
        String traceparent = TraceContext.outgoing(headers.getHeaderString(TraceContext.TRACEPARENT));
        if (traceparent != null) {
            request.header(TraceContext.TRACEPARENT, traceparent);
        }
        URI gatewayBase = uri.getBaseUri();
        request.header("X-Forwarded-Host", gatewayBase.getAuthority());
        request.header("X-Forwarded-Proto", gatewayBase.getScheme());
        if (!target.circuit().allows(System.nanoTime())) {
            return CompletableFuture.completedFuture(problems.of(ProblemException.dependencyUnavailable(target.name(),
                    target.name() + " is failing; calls are paused for a while (circuit open). Retry later"),
                    path, requestId));
        }
        HttpRequest built = request.build();
        boolean safe = SAFE_METHODS.contains(method);
        return send(target, built, safe)
                .thenApply(response -> {
                    if (response.statusCode() >= 500) {
                        target.circuit().failed(System.nanoTime());
                    } else {
                        target.circuit().succeeded();
                    }
                    return toResponse(response, target, gatewayBase);
                })
                .exceptionally(failure -> {
                    target.circuit().failed(System.nanoTime());
                    return failed(failure, target, method, path, requestId);
                });
    }

    /** Sends; a safe method that could not connect is tried once more (a write never is: it may have arrived). */
    private CompletableFuture<HttpResponse<byte[]>> send(Routes.Target target, HttpRequest request, boolean safe) {
        CompletableFuture<HttpResponse<byte[]>> first = upstreams.exchange(target, request);
        if (!safe) {
            return first;
        }
        return first.handle((response, failure) -> {
            if (Upstreams.cause(failure) instanceof ConnectException) {
                return upstreams.exchange(target, request);
            }
            return failure == null ? CompletableFuture.completedFuture(response)
                    : CompletableFuture.<HttpResponse<byte[]>>failedFuture(failure);
        }).thenCompose(next -> next);
    }

    private Response toResponse(HttpResponse<byte[]> upstream, Routes.Target target, URI gatewayBase) {
        Response.ResponseBuilder response = Response.status(upstream.statusCode());
        upstream.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_FORWARDED.contains(lower) || lower.equals(":status")) {
                return;
            }
            for (String value : values) {
                response.header(name, lower.equals("location") ? rewriteLocation(value, target, gatewayBase) : value);
            }
        });
        byte[] body = upstream.body();
        if (body != null && body.length > 0) {
            response.entity(body);
        }
        return response.build();
    }

    /** {@code http://projects-service:8081/api/v1/projects/1} becomes {@code http://gateway/api/v1/projects/1}. */
    static String rewriteLocation(String location, Routes.Target target, URI gatewayBase) {
        URI uri = URI.create(location);
        if (!uri.isAbsolute()) {
            return location;
        }
        String base = gatewayBase.getScheme() + "://" + gatewayBase.getRawAuthority();
        return base + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * Runs in the HTTP client's callback, outside the request: the path and request id are passed in, and the request
     * id is put in the MDC for the log line, so that it carries {@code [req:...]} like every other line.
     */
    private Response failed(Throwable failure, Routes.Target target, String method, String path, String requestId) {
        Object previous = MDC.get(RequestIds.KEY);
        if (requestId != null) {
            MDC.put(RequestIds.KEY, requestId);
        }
        try {
            return describe(failure, target, method, path, requestId);
        } finally {
            if (previous == null) {
                MDC.remove(RequestIds.KEY);
            } else {
                MDC.put(RequestIds.KEY, previous);
            }
        }
    }

    private Response describe(Throwable failure, Routes.Target target, String method, String path, String requestId) {
        Throwable cause = Upstreams.cause(failure);
        Upstreams.Failure kind = Upstreams.Failure.of(failure);
        if (kind == Upstreams.Failure.UNREACHABLE) {
            LOG.warnf("%s unreachable for %s %s: %s", target.name(), method, path, cause.toString());
            return problems.of(ProblemException.dependencyUnavailable(target.name(),
                    target.name() + " cannot be reached; retry later"), path, requestId);
        }
        if (kind == Upstreams.Failure.TIMEOUT) {
            LOG.warnf("%s did not answer %s %s within %s", target.name(), method, path, target.timeout());
            return problems.of(ProblemException.dependencyTimeout(target.name(),
                    target.name() + " did not answer within " + target.timeout().toMillis() + " ms"), path, requestId);
        }
        LOG.warnf(cause, "%s failed for %s %s", target.name(), method, path);
        return problems.of(ProblemException.dependencyUnavailable(target.name(),
                target.name() + " failed to answer; retry later"), path, requestId);
    }
}
