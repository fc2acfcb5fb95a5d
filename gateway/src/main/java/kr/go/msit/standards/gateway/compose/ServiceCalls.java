package kr.go.msit.standards.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kr.go.msit.standards.gateway.routing.Routes;
import kr.go.msit.standards.gateway.routing.Upstreams;
import kr.go.msit.standards.platform.web.RequestIds;
import kr.go.msit.standards.platform.web.TraceContext;

/**
 * GET calls to the services for composed views, on behalf of the caller: its {@code Authorization} (the gateway has
 * no identity of its own, so each part honours the caller's roles and scope), the request id and
 * {@code traceparent}. Never throws: a failure is an {@link Answer} that says what went wrong.
 */
@ApplicationScoped
public class ServiceCalls {

    /**
     * What a service answered, or why it did not: {@code failure} says it in words (for {@code degraded}), {@code kind}
     * is what went wrong (null when the service answered), which decides 503 or 504 where a part is essential.
     */
    public record Answer(String service, int status, JsonNode body, String failure, Upstreams.Failure kind) {

        /** A part that could not be asked for, for {@code reason}. */
        public static Answer notAsked(String service, String reason) {
            return new Answer(service, 0, null, reason, Upstreams.Failure.OTHER);
        }

        public boolean timedOut() {
            return kind == Upstreams.Failure.TIMEOUT;
        }

        public boolean ok() {
            return failure == null && status >= 200 && status < 300;
        }

        /** Why this part is missing, for the view's {@code degraded} list. */
        public String reason() {
            if (failure != null) {
                return failure;
            }
            return service + " answered " + status;
        }
    }

    private final Routes routes;
    private final ObjectMapper mapper;
    private final Upstreams upstreams;

    public ServiceCalls(Routes routes, ObjectMapper mapper, Upstreams upstreams) {
        this.routes = routes;
        this.mapper = mapper;
        this.upstreams = upstreams;
    }

    /** GETs {@code pathAndQuery} (under /api/v1/) from the service that owns its first segment. */
    public CompletableFuture<Answer> get(String pathAndQuery, Map<String, String> forwarded) {
        Routes.Target target = routes.forPath(pathAndQuery).orElseThrow();
        if (!target.circuit().allows(System.nanoTime())) {
            // the same breaker as the proxy's: a service known to be failing is not waited for
            return CompletableFuture.completedFuture(new Answer(
                    target.name(),
                    0,
                    null,
                    target.name() + " is failing; calls to it are paused for a while (circuit open)",
                    Upstreams.Failure.UNREACHABLE));
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(forwarded).set("Accept", "application/json");
        return upstreams
                .get(target, pathAndQuery, headers)
                .thenApply(response -> {
                    target.circuit().record(response.status(), response.peerAtFault(), System.nanoTime());
                    return new Answer(target.name(), response.status(), parse(response.body()), null, null);
                })
                .exceptionally(failure -> {
                    target.circuit().failed(System.nanoTime());
                    return new Answer(target.name(), 0, null, describe(target, failure), Upstreams.Failure.of(failure));
                });
    }

    /** The caller's headers that every part carries. */
    public static Map<String, String> forwarded(String authorization, String requestId, String traceparent) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (requestId != null) {
            headers.put(RequestIds.HEADER, requestId);
        }
        String outgoing = TraceContext.outgoing(traceparent);
        if (outgoing != null) {
            headers.put(TraceContext.TRACEPARENT, outgoing);
        }
        return headers;
    }

    private JsonNode parse(Buffer body) {
        try {
            return body == null || body.length() == 0 ? null : mapper.readTree(body.getBytes());
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    private static String describe(Routes.Target target, Throwable failure) {
        Upstreams.Failure kind = Upstreams.Failure.of(failure);
        if (kind == Upstreams.Failure.UNREACHABLE) {
            return target.name() + " cannot be reached";
        }
        if (kind == Upstreams.Failure.TIMEOUT) {
            return target.name() + " did not answer within " + target.timeout().toMillis() + " ms";
        }
        return target.name() + " broke off its answer";
    }
}
