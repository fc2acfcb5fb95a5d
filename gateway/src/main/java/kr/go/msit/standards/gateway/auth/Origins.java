package kr.go.msit.standards.gateway.auth;

import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.web.PathTemplates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A browser request from an origin the gateway does not admit is refused with a 403 problem (or under
 * {@code /common-grants} the protocol's error), before anything else looks at it. Quarkus' CORS filter, which answers
 * the admitted origins' preflights and adds their headers, refuses the others with a bare 403 and an empty body: a
 * frontend developer whose origin is missing from {@code CORS_ORIGINS} saw nothing to tell why. The decision is the
 * CORS filter's own: an origin in {@code quarkus.http.cors.origins} (exactly, or by one of its {@code /regex/}
 * entries, or {@code *}), or the gateway's own origin; a request without {@code Origin} (every non-browser caller) is
 * not concerned.
 */
@ApplicationScoped
public class Origins {

    /** After the request id (1000), the shutdown gate (950) and the input gate (940); before admission (900). */
    static final int PRIORITY = 920;

    private final boolean enabled;
    private final List<String> admitted;
    private final List<Pattern> admittedByRegex;
    private final ProblemResponses problems;

    public Origins(
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            ProblemResponses problems) {
        this.enabled = enabled;
        this.admitted = origins.orElse(List.of());
        this.admittedByRegex = CORSFilter.parseAllowedOriginsRegex(origins);
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        if (!enabled
                || origin == null
                || admits(rc.request().scheme(), rc.request().authority(), origin)) {
            rc.next();
            return;
        }
        PathTemplates.setIfAbsent(PathTemplates.REFUSED);
        problems.send(
                rc,
                new ProblemException(
                        403,
                        "origin-not-allowed",
                        "Origin not allowed",
                        "The gateway answers browsers from the origins it is configured with (CORS_ORIGINS) only, and "
                                + "this request's Origin is not one of them"));
    }

    boolean admits(String scheme, HostAndPort authority, String origin) {
        return admitted.equals(List.of("*")) // a wildcard only alone, as the CORS filter reads it
                || admitted.contains(origin)
                || CORSFilter.isOriginAllowedByRegex(admittedByRegex, origin)
                || sameOrigin(scheme, authority, origin);
    }

    /** The origin is the gateway's own as the request names it: same scheme, host and port (defaults counted). */
    static boolean sameOrigin(String scheme, HostAndPort authority, String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null
                || uri.getHost() == null
                || uri.getUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || authority == null
                || scheme == null) {
            return false;
        }
        return scheme.equalsIgnoreCase(uri.getScheme())
                && authority.host().equals(uri.getHost()) // case-sensitive, as the CORS filter compares
                && port(authority.port(), scheme) == port(uri.getPort(), scheme);
    }

    private static int port(int port, String scheme) {
        return port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
