package kr.go.msit.standards.platform.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The {@code uri} tag of Quarkus' HTTP metrics for a request is its path template, which JAX-RS sets when it matches
 * a resource. A request answered before that (refused by a route filter, or proxied by the gateway) would be tagged
 * with its raw path, one series per id, until the tag limit drops real endpoints; these set the template first.
 */
public final class PathTemplates {

    /** Where Quarkus' HTTP metrics look for the template. */
    public static final String KEY = "UrlPathTemplate";
    /** The template of a request refused before any route saw it. */
    public static final String REFUSED = "/api/{refused-before-routing}";

    private PathTemplates() {}

    /** Sets the template of the current request. */
    public static void set(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(KEY, template);
        }
    }

    /** Sets it unless something more precise (the gateway's routing) already has. */
    public static void setIfAbsent(String template) {
        Context context = Vertx.currentContext();
        if (context != null && context.getLocal(KEY) == null) {
            context.putLocal(KEY, template);
        }
    }
}
