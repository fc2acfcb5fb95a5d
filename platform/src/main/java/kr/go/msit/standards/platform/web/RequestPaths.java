package kr.go.msit.standards.platform.web;

import io.vertx.ext.web.RoutingContext;

/**
 * A request's path as the route filters that decide by its first segment must read it. The router and JAX-RS match
 * the normalised path (dot segments resolved, repeated slashes collapsed, percent-encoded unreserved characters
 * decoded), so {@code /q/../api/v1/x}, {@code //api/v1/x} and {@code /%61pi/v1/x} reach the operation at
 * {@code /api/v1/x}. Filters that read the path as sent let those pass the gateway's token check and rate limits (to
 * its composed views), the NUL refusal (a NUL in a search reached the database: a 500) and the answer headers. Code
 * that decides by the path or keys anything on it (route filters, idempotency fingerprints, cursor seals) asks here,
 * never {@code request().path()}.
 */
public final class RequestPaths {

    private RequestPaths() {}

    /** The path the router matches: what answers the request. */
    public static String routed(RoutingContext rc) {
        return rc.normalizedPath();
    }

    /**
     * Whether the request is for a path under {@code prefix} (ending in {@code /}) as routed or as sent: a check that
     * guards a prefix applies when either says so ({@code /api/v1/../../q/x} is still refused as an API request).
     */
    public static boolean under(RoutingContext rc, String prefix) {
        return routed(rc).startsWith(prefix) || rc.request().path().startsWith(prefix);
    }
}
