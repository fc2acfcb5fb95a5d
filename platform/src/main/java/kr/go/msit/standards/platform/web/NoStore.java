package kr.go.msit.standards.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code Cache-Control: no-store} on every answer that does not say otherwise, whoever writes it (an operation, a problem mapper, a route filter's refusal, the gateway's proxy or its
 * composed views). Those answers are records read with a bearer token, some of them one caller's view (personal
 * e-mails, an institution's own records), and without the header a browser may keep them on disk and show them again
 * after its user signed out. Nor is anything lost to a cache that could have served it: the {@code ETag} is the
 * record's version for {@code If-Match}, not a validator of the bytes (a view also shows computed fields and differs
 * by caller), so no answer is revalidated with it. Quarkus' own endpoints under {@code /q/} (health, metrics, the
 * OpenAPI document, Swagger UI) are left as they are.
 */
@ApplicationScoped
public class NoStore {

    static final String VALUE = "no-store";

    /** After the request id filter (1000) and before every filter that may refuse the request (950 and below). */
    static final int PRIORITY = 990;

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    if (!RequestPaths.routed(rc).startsWith("/q/")) {
                        HttpServerResponse response = rc.response();
                        rc.addHeadersEndHandler(ignored -> {
                            if (!response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                                response.putHeader(HttpHeaders.CACHE_CONTROL, VALUE);
                            }
                        });
                    }
                    rc.next();
                },
                PRIORITY);
    }
}
