package kr.go.msit.standards.gateway.auth;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import kr.go.msit.standards.gateway.commongrants.ProtocolErrors;
import kr.go.msit.standards.gateway.ratelimit.ClientAddresses;
import kr.go.msit.standards.gateway.ratelimit.InFlight;
import kr.go.msit.standards.gateway.ratelimit.RateLimitConfig;
import kr.go.msit.standards.gateway.ratelimit.TokenBuckets;
import kr.go.msit.standards.gateway.routing.Routes;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.web.PathTemplates;
import kr.go.msit.standards.platform.web.RequestPaths;
import org.jboss.logging.Logger;

/**
 * Who may send an {@code /api} request through the gateway, checked before it reaches any route (the proxy and the
 * composed views alike), in the order that keeps abuse cheap:
 * <ol>
 *   <li>the client address's rate limit, first, so that a flood of forged tokens is refused for the price of a map
 *       lookup; a request whose token was verified already (a map lookup too) is not counted there, so that one
 *       client flooding without a valid token does not lock out the callers who share its address; behind a proxy
 *       named in {@code RATE_LIMIT_TRUSTED_PROXIES} the address is the client's as that proxy forwards it
 *       ({@link ClientAddresses});</li>
 *   <li>the bearer token, verified by {@link BearerTokens} (401 problem+json with {@code WWW-Authenticate: Bearer}
 *       when it is missing or not valid);</li>
 *   <li>the caller's rate limit, keyed on the verified subject only, so nobody can spend another caller's
 *       allowance, and how many requests the caller has in the gateway at once ({@link InFlight}).</li>
 * </ol>
 * Beyond a limit the answer is 429 problem+json with {@code Retry-After}. {@code RATE_LIMIT_ENABLED=false} (the
 * benchmark) turns the limits off, never the token check.
 */
@ApplicationScoped
public class Admission {

    /** After the request id (1000), the shutdown gate (950) and the input gate (940): refusals carry the request id. */
    static final int PRIORITY = 900;

    private static final Logger LOG = Logger.getLogger(Admission.class);

    private final Routes routes;
    private final RateLimitConfig limits;
    private final BearerTokens tokens;
    private final ProblemResponses problems;
    private final TokenBuckets callers;
    private final TokenBuckets addresses;
    private final ClientAddresses clientAddresses;
    private final InFlight inFlight;

    public Admission(Routes routes, RateLimitConfig limits, BearerTokens tokens, ProblemResponses problems) {
        this.problems = problems;
        this.routes = routes;
        this.limits = limits;
        this.tokens = tokens;
        this.callers = new TokenBuckets(limits.callerPerSecond(), limits.callerBurst());
        this.addresses = new TokenBuckets(limits.addressPerSecond(), limits.addressBurst());
        this.clientAddresses = new ClientAddresses(limits.trustedProxies().orElse(List.of()));
        this.inFlight = new InFlight(limits.callerConcurrency());
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext rc) {
        String path = RequestPaths.routed(rc);
        if (!(RequestPaths.under(rc, "/api/") || ProtocolErrors.applies(path)) || preflight(rc)) {
            rc.next();
            return;
        }
        // the metrics' uri tag, whoever answers: the resource, never every id under it (JAX-RS refines it for the
        // composed views)
        PathTemplates.set(routes.template(path));
        long now = System.nanoTime();
        String token = BearerTokens.bearer(rc.request().getHeader("Authorization"));
        if (limits.enabled() && (token == null || !tokens.known(token))) {
            String address = clientAddresses.of(
                    rc.request().remoteAddress() == null
                            ? null
                            : rc.request().remoteAddress().host(),
                    rc.request().headers().getAll("X-Forwarded-For"));
            long wait = addresses.take(address, now);
            if (wait > 0) {
                tooMany(rc, "address " + address, "client address", wait);
                return;
            }
        }
        if (token == null) {
            problems.send(rc, ProblemException.unauthenticated(ProblemException.NO_TOKEN));
            return;
        }
        BearerTokens.Verified caller = tokens.verify(token);
        if (caller == null) {
            problems.send(rc, ProblemException.unauthenticated(ProblemException.BAD_TOKEN));
            return;
        }
        if (limits.enabled()) {
            long wait = callers.take(caller.subject(), now);
            if (wait > 0) {
                tooMany(rc, "caller " + caller.subject(), "caller", wait);
                return;
            }
            if (!inFlight.enter(caller.subject())) {
                tooMany(rc, "caller " + caller.subject() + " (requests at once)", "caller's requests at once", 1);
                return;
            }
            rc.addEndHandler(ended -> inFlight.leave(caller.subject()));
        }
        rc.next();
    }

    /**
     * A browser's CORS preflight carries no credentials; the CORS filter answers it. Only with an {@code Origin}: the
     * CORS filter passes a request without one on, and an OPTIONS that merely looked like a preflight went to the
     * services without a token or a rate limit.
     */
    private static boolean preflight(RoutingContext rc) {
        return rc.request().method() == io.vertx.core.http.HttpMethod.OPTIONS
                && rc.request().getHeader("Access-Control-Request-Method") != null
                && rc.request().getHeader("Origin") != null;
    }

    private void tooMany(RoutingContext rc, String who, String kind, long wait) {
        LOG.infof("Rate limit reached for %s; retry after %d s", who, wait);
        rc.response().putHeader("Retry-After", Long.toString(wait));
        problems.send(
                rc,
                new ProblemException(
                                429,
                                "rate-limited",
                                "Too many requests",
                                "The rate limit for this " + kind + " is reached; retry after " + wait + " s")
                        .with("retryAfterSeconds", wait));
    }
}
