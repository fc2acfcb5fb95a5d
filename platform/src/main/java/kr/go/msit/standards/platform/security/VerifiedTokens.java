package kr.go.msit.standards.platform.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token verified once is remembered until it expires: the parser that checks every request's token
 * (signature by the identity provider's key, {@code exp}, {@code iss}, {@code aud}) is asked again only for a token
 * it has not passed yet, or whose expiry has come (the parser then decides, with its clock skew). Verifying is an
 * RSA signature check and two JSON parses, about a fifth of the CPU a service spends on a read, and a caller sends
 * the same token many times (a gateway dossier sends it to the services twelve times). A token that fails is never
 * remembered; the most recent {@value #CAPACITY} are. The same check, with the same answer, for every module that
 * verifies tokens with SmallRye JWT (the services, and the gateway for its own views and its admission).
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    /** How many verified tokens are remembered (a parsed token is a few KB). */
    static final int CAPACITY = 1_000;

    private final JWTParser parser;
    private final Map<String, JsonWebToken> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonWebToken> eldest) {
            return size() > CAPACITY;
        }
    };

    @Inject
    protected VerifiedTokens(@Delegate JWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis() / 1000;
        JsonWebToken known;
        synchronized (verified) {
            known = verified.get(token);
        }
        if (known != null && known.getExpirationTime() > now) {
            return known;
        }
        JsonWebToken jwt = parser.parse(token);
        if (jwt.getExpirationTime() > now) {
            synchronized (verified) {
                verified.put(token, jwt);
            }
        }
        return jwt;
    }
}
