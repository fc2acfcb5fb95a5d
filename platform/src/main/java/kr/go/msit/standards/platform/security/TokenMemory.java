package kr.go.msit.standards.platform.security;

import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What {@link VerifiedTokens} remembers: the parser's answer for each token it passed, the most recent
 * {@code capacity}, until the token expires or, with a maximum age, until its {@code iat} plus that age, whichever
 * comes first. A refusal is never remembered.
 */
@Singleton
public final class TokenMemory {

    /** The parser's check of a token, which throws when it refuses it. */
    @FunctionalInterface
    interface Check {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final OptionalLong maxAge;
    private final LongSupplier epochSeconds;
    private final Map<String, JsonWebToken> verified;

    @Inject
    TokenMemory(
            @ConfigProperty(name = "kus.security.verified-tokens", defaultValue = "1000") int capacity,
            @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> tokenAge) {
        this(
                capacity,
                tokenAge.map(OptionalLong::of).orElse(OptionalLong.empty()),
                () -> System.currentTimeMillis() / 1000);
    }

    TokenMemory(int capacity, OptionalLong maxAge, LongSupplier epochSeconds) {
        this.maxAge = maxAge;
        this.epochSeconds = epochSeconds;
        this.verified = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JsonWebToken> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The remembered answer for this token while it stands, else the check's (remembered when it passes). */
    JsonWebToken verify(String token, Check check) throws ParseException {
        long now = epochSeconds.getAsLong();
        JsonWebToken known;
        synchronized (verified) {
            known = verified.get(token);
        }
        if (known != null && standsUntil(known) > now) {
            return known;
        }
        JsonWebToken jwt = check.verify(token);
        if (standsUntil(jwt) > now) {
            synchronized (verified) {
                verified.put(token, jwt);
            }
        }
        return jwt;
    }

    /**
     * Whether this token passed the parser and still stands, without asking the parser: a caller known already (the
     * gateway's admission exempts it from the limit of its client address, which unverified requests share).
     */
    public boolean remembers(String token) {
        JsonWebToken known;
        synchronized (verified) {
            known = verified.get(token);
        }
        return known != null && standsUntil(known) > epochSeconds.getAsLong();
    }

    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    private long standsUntil(JsonWebToken jwt) {
        long until = jwt.getExpirationTime();
        if (maxAge.isPresent()) {
            until = Math.min(until, jwt.getIssuedAtTime() + maxAge.getAsLong());
        }
        return until;
    }
}
