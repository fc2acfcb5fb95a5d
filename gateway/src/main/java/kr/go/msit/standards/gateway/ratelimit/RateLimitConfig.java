package kr.go.msit.standards.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Request rate limits of the gateway: per caller (token subject) and, as an upper bound, per client address. */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second of one caller (token subject). */
    @WithDefault("20")
    double callerPerSecond();

    /** Requests one caller may send at once before the sustained rate applies. */
    @WithDefault("40")
    int callerBurst();

    /**
     * Requests one caller may have in the gateway at once (a request lasts until its answer is sent): a caller
     * sending bodies a byte at a time held every connection to a service.
     */
    @WithDefault("32")
    int callerConcurrency();

    /** Sustained requests per second from one client address, whatever the tokens. */
    @WithDefault("100")
    double addressPerSecond();

    @WithDefault("200")
    int addressBurst();

    /**
     * The proxies in front of the gateway (an ingress, a load balancer), as addresses or CIDR ranges: a request from
     * one of them is counted on the client address it names in {@code X-Forwarded-For} ({@link ClientAddresses}).
     * None by default: the header is ignored and the connection's address counts.
     */
    Optional<List<String>> trustedProxies();
}
