package kr.go.msit.standards.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import kr.go.msit.standards.platform.security.TokenMemory;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The gateway's own check of a bearer token, as strict as each service's (signature by the identity provider's key,
 * {@code exp}, {@code iss}, {@code aud}; the {@code mp.jwt.verify.*} settings, from the same {@code JWT_*}
 * variables): the gateway keys its per-caller rate limit on the verified subject, so that nobody can spend another
 * caller's allowance with a forged token, and refuses a bad token before it costs a service anything. The parser
 * remembers a token it verified until it expires (platform {@code VerifiedTokens}), so the check costs a map lookup
 * for a caller's every request but the first; a token that fails is never remembered. The services verify every
 * token themselves, with the same parser.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);

    /** A verified token's subject. */
    public record Verified(String subject) {}

    private final JWTParser parser;
    private final TokenMemory memory;

    public BearerTokens(JWTParser parser, TokenMemory memory) {
        this.parser = parser;
        this.memory = memory;
    }

    /** Whether this token was verified already and still stands: a map lookup, no verification. */
    public boolean known(String token) {
        return memory.remembers(token);
    }

    /** The token of an {@code Authorization: Bearer …} header, or null when there is none. */
    public static String bearer(String authorization) {
        if (authorization == null
                || authorization.length() < 8
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    /** The verified token, or null when it is not valid now (the reason is logged, never returned). */
    public Verified verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            String subject = jwt.getSubject();
            if (subject == null || subject.isBlank()) {
                LOG.debug("Refused a bearer token without a subject");
                return null;
            }
            return new Verified(subject);
        } catch (ParseException | RuntimeException refused) {
            // DEBUG: anyone can send bad tokens at line rate (kus_gateway_refusals_total counts them)
            LOG.debugf(
                    "Refused a bearer token: %s",
                    refused.getMessage() == null ? refused.getClass().getSimpleName() : refused.getMessage());
            return null;
        }
    }
}
