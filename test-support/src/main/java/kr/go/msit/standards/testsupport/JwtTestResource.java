package kr.go.msit.standards.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes the service under test verify tokens signed by {@link TestTokens}' key, with the test issuer and
 * audience, exactly as it verifies the identity provider's tokens in production.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestTokens.signer();
        return Map.of(
                "mp.jwt.verify.publickey.location", "file:" + TestTokens.publicKey(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.audiences", TestTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        // the key files stay in target/ for the next test JVM of this module
    }
}
