package kr.go.msit.standards.platform.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a cursor to one list, filter and caller: an HMAC-SHA256 (first 16 bytes) under the configured key over the
 * scope and the cursor's content. A cursor edited by hand, or given out by another list, another filter or to
 * another caller, does not open. Every replica must share the key ({@code CURSOR_KEY}), or a cursor from one is
 * refused by the next. While the key is rotated, a cursor sealed under a previous key ({@code CURSOR_PREVIOUS_KEYS})
 * still opens, so that lists being paged through go on; new cursors are sealed under the key.
 */
public final class CursorSeal {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;
    private final byte[] scope;

    /**
     * @param key   the secret (any length; at least 32 characters of randomness in production)
     * @param scope what the cursor is bound to: the list's path, its filter and page size, the caller
     */
    public CursorSeal(String key, String scope) {
        this(key, List.of(), scope);
    }

    /**
     * @param previousKeys keys cursors may still be sealed under while the key is rotated; they open, never seal
     */
    public CursorSeal(String key, List<String> previousKeys, String scope) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("kus.cursor.key (CURSOR_KEY) is not set: cursors cannot be sealed");
        }
        this.key = macKey(key);
        this.previousKeys = previousKeys.stream()
                .map(String::strip)
                .filter(previous -> !previous.isBlank())
                .map(CursorSeal::macKey)
                .toList();
        this.scope = (scope + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKeySpec macKey(String key) {
        return new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** {@code content} followed by {@code .} and its tag; {@code content} must not contain a dot (base64url does not). */
    public String seal(String content) {
        return content + "." + ENCODER.encodeToString(tag(content, key));
    }

    /** The content of a sealed cursor, empty when its tag does not match (edited, or sealed for another scope). */
    public Optional<String> open(String sealed) {
        int dot = sealed.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String content = sealed.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(sealed.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        boolean sealedHere = MessageDigest.isEqual(given, tag(content, key))
                || previousKeys.stream().anyMatch(previous -> MessageDigest.isEqual(given, tag(content, previous)));
        return sealedHere ? Optional.of(content) : Optional.empty();
    }

    private byte[] tag(String content, SecretKeySpec under) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(under);
            mac.update(scope);
            return Arrays.copyOf(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)), TAG_BYTES);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", unavailable);
        }
    }
}
