package kr.go.msit.standards.platform.problem;

import io.vertx.ext.web.RoutingContext;

/**
 * A protocol served beside the API whose errors take a shape of their own, not problem+json (the gateway's
 * CommonGrants). A refusal written outside JAX-RS (a route filter, the router's failure handler) on a request this
 * dialect {@link #speaks} is written by it, so that no refusal on its paths comes in the API's shape.
 */
public interface ErrorDialect {

    /** Whether the request is on this protocol's paths. */
    boolean speaks(RoutingContext rc);

    /** Ends the response with {@code e} in this protocol's shape. */
    void send(RoutingContext rc, ProblemException e);
}
