package kr.go.msit.standards.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The last guard of the {@code uri} tag of Quarkus' HTTP metrics: a request answered 404 or 405 that no route or
 * operation gave a template is tagged {@code /{not-found}} or {@code /{method-not-allowed}}, never by its raw path.
 * Quarkus tagged such requests with the path the caller sent (an absolute-form target such as {@code http:/x}, a 405
 * under a concrete id), so any caller could add one series per request, until the tag limit stopped the real
 * endpoints from being measured. A template that an operation or the gateway's routing set stays.
 */
@ApplicationScoped
public class UnmatchedPaths {

    /** First of all filters: the guard is in place whoever answers. */
    static final int PRIORITY = 1100;

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    rc.addHeadersEndHandler(ended -> tag(rc));
                    rc.next();
                },
                PRIORITY);
    }

    private static void tag(RoutingContext rc) {
        String constant = constantFor(rc.response().getStatusCode());
        if (constant != null && rc.request() instanceof HttpServerRequestInternal request) {
            Context context = request.context();
            if (context != null && context.getLocal(PathTemplates.KEY) == null) {
                context.putLocal(PathTemplates.KEY, constant);
            }
        }
    }

    /** The tag of an unmatched request answered {@code status}, or null where the raw path never stands. */
    static String constantFor(int status) {
        return switch (status) {
            case 404 -> "/{not-found}";
            case 405 -> "/{method-not-allowed}";
            default -> null;
        };
    }
}
