package kr.go.msit.standards.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** What a verified token's memory keeps, and for how long (the API-level check is projects' SecurityTest). */
class TokenMemoryTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger checks = new AtomicInteger();

    /** A parser whose tokens are "iat:exp" (epoch seconds), and which refuses "forged" and anything expired. */
    private JsonWebToken check(String token) throws ParseException {
        checks.incrementAndGet();
        if (token.equals("forged")) {
            throw new ParseException("signature");
        }
        String[] times = token.split(":");
        long iat = Long.parseLong(times[0]);
        long exp = Long.parseLong(times[1]);
        if (exp <= now.get()) {
            throw new ParseException("expired");
        }
        return new JsonWebToken() {
            private final Map<String, Object> claims = Map.of("iat", iat, "exp", exp, "sub", "s");

            @Override
            public String getName() {
                return "s";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    @Test
    void aTokenIsCheckedOnceUntilItExpiresAndARefusalIsNeverRemembered() throws Exception {
        TokenMemory memory = new TokenMemory(10, OptionalLong.empty(), now::get);
        JsonWebToken first = memory.verify("900:1100", this::check);
        assertSame(first, memory.verify("900:1100", this::check));
        assertEquals(1, checks.get());
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> memory.verify("forged", this::check));
        }
        assertEquals(3, checks.get());
        now.set(1_100);
        assertThrows(ParseException.class, () -> memory.verify("900:1100", this::check));
        assertEquals(4, checks.get());
    }

    @Test
    void withAMaximumAgeATokenIsRememberedNoLongerThanItsIssueTimePlusThatAge() throws Exception {
        TokenMemory memory = new TokenMemory(10, OptionalLong.of(50), now::get);
        JsonWebToken first = memory.verify("990:2000", this::check);
        assertSame(first, memory.verify("990:2000", this::check));
        now.set(1_040);
        assertNotSame(first, memory.verify("990:2000", this::check));
        assertEquals(2, checks.get());
        // issued longer ago than that age: never remembered
        memory.verify("900:2000", this::check);
        memory.verify("900:2000", this::check);
        assertEquals(4, checks.get());
    }

    @Test
    void theMostRecentTokensAreRemembered() throws Exception {
        TokenMemory memory = new TokenMemory(2, OptionalLong.empty(), now::get);
        memory.verify("900:1101", this::check);
        memory.verify("900:1102", this::check);
        memory.verify("900:1101", this::check);
        memory.verify("900:1103", this::check);
        assertEquals(2, memory.size());
        assertEquals(3, checks.get());
        memory.verify("900:1101", this::check);
        assertEquals(3, checks.get());
        memory.verify("900:1102", this::check);
        assertEquals(4, checks.get());
    }
}
