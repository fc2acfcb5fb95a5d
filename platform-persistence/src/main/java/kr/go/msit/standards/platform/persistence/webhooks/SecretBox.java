package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts subscription secrets at rest (AES-256-GCM, a fresh 12-byte nonce per secret, stored before the
 * ciphertext) under a key derived from {@code kus.webhooks.secret-key} (SHA-256 of it), so that a copy of the
 * database alone does not let anyone sign as us.
 */
@ApplicationScoped
public class SecretBox {

    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(WebhookSettings settings) {
        this.key = settings.secretKey()
                .filter(value -> !value.isBlank())
                .map(SecretBox::derive)
                .orElse(null);
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
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, box, 0, NONCE));
            return new String(cipher.doFinal(box, NONCE, box.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Could not decrypt a webhook secret: is WEBHOOK_SECRET_KEY the one it was stored under?", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            throw new IllegalStateException("kus.webhooks.secret-key (WEBHOOK_SECRET_KEY) is not set");
        }
        return key;
    }
}
