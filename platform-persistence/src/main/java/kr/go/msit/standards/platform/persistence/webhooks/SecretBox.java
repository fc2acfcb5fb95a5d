package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts subscription secrets at rest (AES-256-GCM, a fresh 12-byte nonce per secret, stored before the
 * ciphertext) under a key derived from {@code kus.webhooks.secret-key} (SHA-256 of it), so that a copy of the
 * database alone does not let anyone sign as us.
 *
 * <p>The key can be rotated: a secret that does not open under the key opens under one of
 * {@code kus.webhooks.previous-secret-keys} (WEBHOOK_PREVIOUS_SECRET_KEYS), and {@link SecretRotation} seals it
 * again under the key when the service starts. GCM's tag tells which key a box was sealed under.
 */
@ApplicationScoped
public class SecretBox {

    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;

    @Inject
    public SecretBox(WebhookSettings settings) {
        this(settings.secretKey().orElse(null), settings.previousSecretKeys().orElse(List.of()));
    }

    /** A box under {@code key} (none when null or blank) that also opens what {@code previousKeys} sealed. */
    public SecretBox(String key, List<String> previousKeys) {
        this.key = key == null || key.isBlank() ? null : derive(key);
        this.previousKeys = previousKeys.stream()
                .map(String::strip)
                .filter(value -> !value.isBlank())
                .map(SecretBox::derive)
                .toList();
    }

    /** Whether the key is configured. */
    boolean hasKey() {
        return key != null;
    }

    /** Whether previous keys are configured: a rotation of the key is under way. */
    boolean rotating() {
        return !previousKeys.isEmpty();
    }

    static SecretKeySpec derive(String configured) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(configured.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a webhook secret", e);
        }
    }

    public String open(byte[] box) {
        Optional<String> opened = open(box, key());
        for (int i = 0; opened.isEmpty() && i < previousKeys.size(); i++) {
            opened = open(box, previousKeys.get(i));
        }
        return opened.orElseThrow(() -> new IllegalStateException("Could not decrypt a webhook secret: neither"
                + " WEBHOOK_SECRET_KEY nor any of WEBHOOK_PREVIOUS_SECRET_KEYS is the key it was stored under"));
    }

    /**
     * {@code box} sealed again under the key, when it was sealed under a previous key; empty when it already is under
     * the key. Throws when no configured key opens it.
     */
    Optional<byte[]> resealed(byte[] box) {
        return open(box, key()).isPresent() ? Optional.empty() : Optional.of(seal(open(box)));
    }

    /** What {@code box} holds, when it was sealed under {@code under}; empty when under another key. */
    private static Optional<String> open(byte[] box, SecretKeySpec under) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, under, new GCMParameterSpec(128, box, 0, NONCE));
            return Optional.of(new String(cipher.doFinal(box, NONCE, box.length - NONCE), StandardCharsets.UTF_8));
        } catch (AEADBadTagException otherKey) {
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not decrypt a webhook secret", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            throw new IllegalStateException("kus.webhooks.secret-key (WEBHOOK_SECRET_KEY) is not set");
        }
        return key;
    }
}
