package kr.go.msit.standards.platform.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token verified once is remembered until it expires: the parser that checks every request's token
 * (signature by the identity provider's key, {@code exp}, {@code iss}, {@code aud}) is asked again only for a token
 * it has not passed yet, or whose expiry has come (the parser then decides, with its clock skew). Verifying is an
 * RSA signature check and two JSON parses, about a fifth of the CPU a service spends on a read, and a caller sends
 * the same token many times (a gateway dossier sends it to the services twelve times). A token that fails is never
 * remembered; the most recent {@code kus.security.verified-tokens} (1,000; a parsed token is a few KB) are. Where a
 * maximum token age is set ({@code mp.jwt.verify.token.age}), a token is remembered no longer than its {@code iat}
 * plus that age. The same check, with the same answer, for every module that verifies tokens with SmallRye JWT (the
 * services, and the gateway for its own views and its admission).
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    private final JWTParser parser;
    private final TokenMemory memory;

    @Inject
    protected VerifiedTokens(@Delegate JWTParser parser, TokenMemory memory) {
        this.parser = parser;
        this.memory = memory;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return memory.verify(token, this::verifiedWithSubject);
    }

    /**
     * The parser's check, and a subject: a token without one names nobody, and what is a caller's own (idempotency
     * keys, webhook subscriptions, cursors) is keyed on it. The gateway refused such a token; a service reached
     * directly took it.
     */
    private JsonWebToken verifiedWithSubject(String token) throws ParseException {
        JsonWebToken jwt = parser.parse(token);
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new ParseException("The token has no subject");
        }
        return jwt;
    }
}
