package kr.go.msit.standards.gateway.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Base64;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import org.jboss.logging.Logger;

/**
 * Limits the rate of {@code /api/v1} requests per caller (the token's subject) and per client address, answering
 * 429 problem+json with {@code Retry-After} beyond it. The subject is read without verifying the token — the
 * services verify it — so the per-address bucket bounds a client that invents subjects.
 */
@ApplicationScoped
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final RateLimitConfig config;
    private final ObjectMapper mapper;
    private final ProblemResponses problems;
    private final TokenBuckets callers;
    private final TokenBuckets addresses;

    public RateLimitFilter(RateLimitConfig config, ObjectMapper mapper, ProblemResponses problems) {
        this.config = config;
        this.mapper = mapper;
        this.problems = problems;
        this.callers = new TokenBuckets(config.callerPerSecond(), config.callerBurst());
        this.addresses = new TokenBuckets(config.addressPerSecond(), config.addressBurst());
    }

    void register(@Observes Filters filters) {
        // after the request id filter (1000), so the 429 carries the request id
        filters.register(this::filter, 900);
    }

    void filter(RoutingContext rc) {
        if (!config.enabled() || !rc.request().path().startsWith("/api/v1/")) {
            rc.next();
            return;
        }
        long now = System.nanoTime();
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host();
        String subject = subject(rc.request().getHeader("Authorization"));
        long wait = addresses.take(address, now);
        String who = "address " + address;
        if (wait == 0 && subject != null) {
            wait = callers.take(subject, now);
            who = "caller " + subject;
        }
        if (wait == 0) {
            rc.next();
            return;
        }
        LOG.infof("Rate limit reached for %s; retry after %d s", who, wait);
        rc.response().putHeader("Retry-After", Long.toString(wait));
        problems.send(rc, new ProblemException(429, "rate-limited", "Too many requests",
                "The rate limit for this " + (who.startsWith("caller") ? "caller" : "client address")
                        + " is reached; retry after " + wait + " s").with("retryAfterSeconds", wait));
    }

    /** The {@code sub} claim of a bearer JWT, unverified; null when there is none. */
    String subject(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode claims = mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String sub = claims.path("sub").asText(null);
            return sub == null || sub.isBlank() || sub.length() > 255 ? null : sub;
        } catch (Exception notAJwt) {
            return null;
        }
    }
}
