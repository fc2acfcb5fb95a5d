package kr.go.msit.standards.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.launcher.DevTokens;

/**
 * Tokens for tests: signed with a key pair made for the test run in {@code target/test-keys/} (never committed),
 * which {@link JwtTestResource} makes the service trust. Each role's subject is {@code test-<role>}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test.kus.localhost/issuer";
    public static final String AUDIENCE = "kus-api";
    private static final Path KEYS = Path.of("target", "test-keys").toAbsolutePath();
    private static DevTokens signer;

    private TestTokens() {}

    /** The signer, creating the key pair on first use. */
    public static synchronized DevTokens signer() {
        if (signer == null) {
            try {
                signer = new DevTokens(DevTokens.ensureKeyPair(KEYS), ISSUER, AUDIENCE);
            } catch (Exception e) {
                throw new IllegalStateException("Could not create the test key pair in " + KEYS, e);
            }
        }
        return signer;
    }

    public static Path publicKey() {
        return KEYS.resolve(DevTokens.PUBLIC_KEY_FILE);
    }

    /** A valid token with one role, subject {@code test-<role>}. */
    public static String role(String role) {
        return signer().mint("test-" + role, List.of(role), null, Duration.ofHours(1));
    }

    /** A valid token for a named subject with the roles. */
    public static String subject(String subject, String... roles) {
        return signer().mint(subject, List.of(roles), null, Duration.ofHours(1));
    }

    /** A valid token for a named subject of {@code institutionId} (null for none) with the roles. */
    public static String of(String subject, String institutionId, String... roles) {
        return signer().mint(subject, List.of(roles), institutionId, Duration.ofHours(1));
    }

    /** A valid {@code institution} token confined to {@code institutionId}. */
    public static String institution(String institutionId) {
        return signer().mint(
                        "test-institution-" + institutionId.substring(0, 8),
                        List.of("institution"),
                        institutionId,
                        Duration.ofHours(1));
    }

    /** The claims of a valid token, to change one and sign with {@link #sign}. */
    public static Map<String, Object> claims(String role) {
        return signer().standardClaims("test-" + role, List.of(role), null, Instant.now(), Duration.ofHours(1));
    }

    public static String sign(Map<String, Object> claims) {
        return signer().sign(claims);
    }
}
