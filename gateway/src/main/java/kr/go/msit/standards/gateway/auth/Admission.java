package kr.go.msit.standards.gateway.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 *   <li>the client address's rate limit, first, so that a flood without a token is refused for the price of a map
 *       lookup; a request whose token was verified already (a map lookup too) is not counted there. Past the
 *       address's limit a token not seen yet is still verified, at up to the address's rate again (a second bucket):
 *       a valid one goes on to its caller's own limit, so that one client flooding without a valid token does not
 *       lock out the callers who share its address, even with a token they have just been given, unless it also
 *       sends more well-formed forged tokens than that second allowance; a token that fails, or one past both, is
 *       refused 429 as before, and the signature checks a flood can cost are bounded. Behind a
 *       proxy named in {@code RATE_LIMIT_TRUSTED_PROXIES} the address is the client's as that proxy forwards it
 *       ({@link ClientAddresses});</li>
 *   <li>the bearer token, verified by {@link BearerTokens} (401 problem+json with {@code WWW-Authenticate: Bearer}
 *       when it is missing or not valid);</li>
 *   <li>the caller's rate limit, keyed on the verified subject only, so nobody can spend another caller's
 *       allowance, and how many requests the caller has in the gateway at once ({@link InFlight}).</li>
 * </ol>
 * Beyond a limit the answer is 429 problem+json with {@code Retry-After}. {@code RATE_LIMIT_ENABLED=false} (the
 * benchmark) turns the limits off, never the token check. Each refusal is counted in
 * {@code kus_gateway_refusals_total{reason}} and logged at DEBUG only: a flood must not fill the log at line rate.
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
    /** Tokens not seen yet that an address past its limit may still have verified, at the address's own rate. */
    private final TokenBuckets verificationsPastLimit;

    private final ClientAddresses clientAddresses;
    private final InFlight inFlight;
    private final Map<Refusal, Counter> refusals = new EnumMap<>(Refusal.class);

    /** Why a request was refused here: the {@code reason} of {@code kus_gateway_refusals_total}. */
    enum Refusal {
        ADDRESS_LIMIT("client address"),
        CALLER_LIMIT("caller"),
        CALLER_CONCURRENCY("caller's requests at once"),
        NO_TOKEN(null),
        BAD_TOKEN(null);

        /** What the 429's detail names as reached. */
        final String kind;

        Refusal(String kind) {
            this.kind = kind;
        }
    }

    public Admission(
            Routes routes,
            RateLimitConfig limits,
            BearerTokens tokens,
            ProblemResponses problems,
            MeterRegistry registry) {
        for (Refusal refusal : Refusal.values()) {
            refusals.put(
                    refusal,
                    Counter.builder("kus.gateway.refusals")
                            .description("Requests the gateway refused before routing them, by reason")
                            .tag(
                                    "reason",
                                    refusal.name()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .replace('_', '-'))
                            .register(registry));
        }
        this.problems = problems;
        this.routes = routes;
        this.limits = limits;
        this.tokens = tokens;
        this.callers = new TokenBuckets(limits.callerPerSecond(), limits.callerBurst());
        this.addresses = new TokenBuckets(limits.addressPerSecond(), limits.addressBurst());
        this.verificationsPastLimit = new TokenBuckets(limits.addressPerSecond(), limits.addressBurst());
        this.clientAddresses = new ClientAddresses(limits.trustedProxies().orElse(List.of()));
        this.inFlight = new InFlight(limits.callerConcurrency());
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext rc) {
        String path = RequestPaths.routed(rc);
        if (RequestPaths.under(rc, "/q/")) {
            // the OpenAPI document (over a megabyte) and Swagger UI take no token: the address's limit alone
            if (limits.enabled()) {
                String address = addressOf(rc);
                long wait = addresses.take(address, System.nanoTime());
                if (wait > 0) {
                    tooMany(rc, "address " + address, Refusal.ADDRESS_LIMIT, wait);
                    return;
                }
            }
            rc.next();
            return;
        }
        if (!(RequestPaths.under(rc, "/api/") || ProtocolErrors.applies(path)) || preflight(rc)) {
            rc.next();
            return;
        }
        // the metrics' uri tag, whoever answers: the resource, never every id under it (JAX-RS refines it for the
        // composed views)
        PathTemplates.set(routes.template(path));
        long now = System.nanoTime();
        String token = BearerTokens.bearer(rc.request().getHeader("Authorization"));
        String address = null;
        long addressWait = 0;
        if (limits.enabled() && (token == null || !tokens.known(token))) {
            address = addressOf(rc);
            addressWait = addresses.take(address, now);
            if (addressWait > 0 && token == null) {
                tooMany(rc, "address " + address, Refusal.ADDRESS_LIMIT, addressWait);
                return;
            }
        }
        if (token == null) {
            refused(Refusal.NO_TOKEN);
            problems.send(rc, ProblemException.unauthenticated(ProblemException.NO_TOKEN));
            return;
        }
        if (addressWait > 0 && verificationsPastLimit.take(address, now) > 0) {
            // past both: the token is not even verified, so a flood of well-formed forged tokens costs a bounded
            // number of signature checks a second per address
            tooMany(rc, "address " + address, Refusal.ADDRESS_LIMIT, addressWait);
            return;
        }
        BearerTokens.Verified caller = tokens.verify(token);
        if (caller == null) {
            if (addressWait > 0) {
                tooMany(rc, "address " + address, Refusal.ADDRESS_LIMIT, addressWait);
                return;
            }
            refused(Refusal.BAD_TOKEN);
            problems.send(rc, ProblemException.unauthenticated(ProblemException.BAD_TOKEN));
            return;
        }
        if (limits.enabled()) {
            long wait = callers.take(caller.subject(), now);
            if (wait > 0) {
                tooMany(rc, "caller " + caller.subject(), Refusal.CALLER_LIMIT, wait);
                return;
            }
            if (!inFlight.enter(caller.subject())) {
                tooMany(rc, "caller " + caller.subject() + " (requests at once)", Refusal.CALLER_CONCURRENCY, 1);
                return;
            }
            rc.addEndHandler(ended -> inFlight.leave(caller.subject()));
        }
        rc.next();
    }

    private String addressOf(RoutingContext rc) {
        return clientAddresses.of(
                rc.request().remoteAddress() == null
                        ? null
                        : rc.request().remoteAddress().host(),
                rc.request().headers().getAll("X-Forwarded-For"));
    }

    private void refused(Refusal why) {
        refusals.get(why).increment();
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

    private void tooMany(RoutingContext rc, String who, Refusal limit, long wait) {
        refused(limit);
        LOG.debugf("Rate limit reached for %s; retry after %d s", who, wait);
        String kind = limit.kind;
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
