package kr.go.msit.standards.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import kr.go.msit.standards.platform.web.RequestIds;
import kr.go.msit.standards.platform.web.TraceContext;

/** What crosses the {@link Proxy} in headers, each way, and how {@code Location} is rewritten. */
final class ProxyHeaders {

    /**
     * Headers that describe one connection, not the message (RFC 9110 §7.6.1), that the proxy sets itself, or that are
     * between a service and the gateway ({@code X-Failed-Peer}, read by the circuit).
     */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "host",
            "content-length",
            "expect",
            "http2-settings",
            "x-request-id",
            "traceparent",
            "x-failed-peer");

    private ProxyHeaders() {}

    /** The caller's headers as they go to the service: hop-by-hop ones out, request id, trace and X-Forwarded-* in. */
    static MultiMap toService(HttpServerRequest in, String requestId) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Set<String> skipped = notForwarded(in.headers());
        in.headers().forEach(header -> {
            if (!skipped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        if (requestId != null) {
            headers.set(RequestIds.HEADER, requestId);
        }
        String traceparent = TraceContext.outgoing(in.getHeader(TraceContext.TRACEPARENT));
        if (traceparent != null) {
            headers.set(TraceContext.TRACEPARENT, traceparent);
        }
        headers.set("X-Forwarded-Host", authority(in));
        headers.set("X-Forwarded-Proto", in.scheme());
        return headers;
    }

    /** The service's status and headers as they go to the caller: hop-by-hop ones out, {@code Location} rewritten. */
    static void toCaller(HttpClientResponse response, HttpServerResponse out, String publicBase) {
        out.setStatusCode(response.statusCode());
        Set<String> skipped = notForwarded(response.headers());
        response.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!skipped.contains(name)) {
                out.headers()
                        .add(
                                header.getKey(),
                                name.equals("location")
                                        ? rewriteLocation(header.getValue(), publicBase)
                                        : header.getValue());
            }
        });
    }

    private static String authority(HttpServerRequest in) {
        HostAndPort authority = in.authority();
        if (authority == null) {
            return in.localAddress().host() + ":" + in.localAddress().port();
        }
        return authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
    }

    /**
     * {@code http://projects-service:8081/api/v1/projects/1} becomes {@code https://api.kus.example/api/v1/projects/1}
     * with a configured public address, else {@code /api/v1/projects/1}: a service's own address never leaks, and the
     * caller's {@code Host} header never decides where a client is sent.
     */
    static String rewriteLocation(String location, String publicBase) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException notAUri) {
            return location;
        }
        String path = (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (!path.startsWith("/")) {
            return location;
        }
        return publicBase == null ? path : publicBase + path;
    }

    /** The headers of {@code from} that may cross the proxy: neither hop-by-hop nor named by its {@code Connection}. */
    private static Set<String> notForwarded(MultiMap from) {
        String connection = from.get(HttpHeaders.CONNECTION);
        if (connection == null) {
            return NOT_FORWARDED;
        }
        Set<String> named = new HashSet<>(NOT_FORWARDED);
        for (String token : connection.split(",")) {
            named.add(token.trim().toLowerCase(Locale.ROOT));
        }
        return named;
    }
}
