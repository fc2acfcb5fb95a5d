package kr.go.msit.standards.platform.persistence.webhooks;

import com.standardwebhooks.Webhook;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signing as the Standard Webhooks specification says, with its reference library: {@code webhook-signature} lists
 * {@code v1,<base64 HMAC-SHA256 of id.timestamp.body>} for each secret in force, separated by spaces (two during a
 * rotation; a receiver accepts the message when one of them verifies).
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header for {@code body} signed with each of {@code secrets}. */
    public static String header(String id, long timestamp, String body, List<String> secrets) {
        return secrets.stream()
                .map(secret -> {
                    try {
                        return new Webhook(secret).sign(id, timestamp, body);
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not sign a webhook message", e);
                    }
                })
                .collect(Collectors.joining(" "));
    }
}
