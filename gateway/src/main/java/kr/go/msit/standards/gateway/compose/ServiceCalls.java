package kr.go.msit.standards.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
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

    /** What a service answered, or why it did not. */
    public record Answer(String service, int status, JsonNode body, String failure) {

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
        String segment = pathAndQuery.substring("/api/v1/".length()).split("[/?]", 2)[0];
        Routes.Target target = routes.forSegment(segment).orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl() + pathAndQuery))
                .timeout(target.timeout()).header("Accept", "application/json").GET();
        forwarded.forEach(request::header);
        return upstreams.exchange(target, request.build())
                .thenApply(response -> new Answer(target.name(), response.statusCode(), parse(response.body()), null))
                .exceptionally(failure -> new Answer(target.name(), 0, null, describe(target, failure)));
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

    private JsonNode parse(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : mapper.readTree(body);
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
        return target.name() + " failed: " + Upstreams.cause(failure).getClass().getSimpleName();
    }
}
