package kr.go.msit.standards.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * RS256 JSON Web Tokens for local use and for tests, with nothing but the JDK: a key pair kept as PEM files and a
 * signer. The services verify these tokens exactly as they verify a government identity provider's (issuer,
 * audience, signature, expiry); only the key differs. Never used in production: there the identity provider signs.
 */
public final class DevTokens {

    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final String PUBLIC_KEY_FILE = "public.pem";
    public static final String CURSOR_KEY_FILE = "cursor.key";
    public static final String WEBHOOK_KEY_FILE = "webhook.key";
    /** The claim that carries an {@code institution} caller's institution id. */
    public static final String INSTITUTION_CLAIM = "institution_id";

    private final PrivateKey privateKey;
    private final String issuer;
    private final String audience;

    public DevTokens(PrivateKey privateKey, String issuer, String audience) {
        this.privateKey = privateKey;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** Reads the key pair in {@code dir}, creating a new RSA-2048 pair there first if there is none. */
    public static synchronized PrivateKey ensureKeyPair(Path dir) throws IOException, GeneralSecurityException {
        Path privatePem = dir.resolve(PRIVATE_KEY_FILE);
        Path publicPem = dir.resolve(PUBLIC_KEY_FILE);
        if (!Files.isRegularFile(privatePem) || !Files.isRegularFile(publicPem)) {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path tmpPrivate = Files.createTempFile(dir, "private", ".tmp");
            restrict(tmpPrivate);
            Files.writeString(tmpPrivate, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Path tmpPublic = Files.createTempFile(dir, "public", ".tmp");
            Files.writeString(tmpPublic, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            // the public key is no secret: containers of another user (docker-compose) read it
            permit(tmpPublic, "rw-r--r--");
            Files.move(tmpPublic, publicPem, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmpPrivate, privatePem, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return readPrivateKey(privatePem);
    }

    /** The development key of cursor seals ({@code CURSOR_KEY}), in {@code dir}: made once, kept across restarts. */
    public static String ensureCursorKey(Path dir) throws IOException {
        return ensureKey(dir, CURSOR_KEY_FILE);
    }

    /**
     * The development key webhook secrets are encrypted under ({@code WEBHOOK_SECRET_KEY}), in {@code dir}: made once
     * and kept, since the stored secrets open only with it.
     */
    public static String ensureWebhookKey(Path dir) throws IOException {
        return ensureKey(dir, WEBHOOK_KEY_FILE);
    }

    private static synchronized String ensureKey(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(dir);
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            Path tmp = Files.createTempFile(dir, "key", ".tmp");
            restrict(tmp);
            Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.readString(file).trim();
    }

    public static PrivateKey readPrivateKey(Path pem) throws IOException, GeneralSecurityException {
        String base64 =
                Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** A token for {@code subject} with the roles, valid for {@code lifetime}; {@code institutionId} may be null. */
    public String mint(String subject, List<String> roles, String institutionId, Duration lifetime) {
        Map<String, Object> claims = standardClaims(subject, roles, institutionId, Instant.now(), lifetime);
        return sign(claims);
    }

    /** The claims {@link #mint} signs, for callers (tests) that want to change one before signing. */
    public Map<String, Object> standardClaims(
            String subject, List<String> roles, String institutionId, Instant issuedAt, Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", new ArrayList<>(roles));
        if (institutionId != null) {
            claims.put(INSTITUTION_CLAIM, institutionId);
        }
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /** Signs the claims with RS256. */
    public String sign(Map<String, Object> claims) {
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(Json.write(claims));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    /** An unsigned token ({@code alg: none}), which every service must refuse. */
    public static String unsigned(Map<String, Object> claims) {
        return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(Json.write(claims)) + ".";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static void restrict(Path file) throws IOException {
        permit(file, "rw-------");
    }

    private static void permit(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // best effort on file systems without POSIX permissions
        }
    }

    /** The little JSON a token needs: strings, numbers, lists of strings. */
    static final class Json {
        private Json() {}

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            if (value instanceof Map<?, ?> map) {
                StringBuilder out = new StringBuilder("{");
                map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "")
                        .append(write(k.toString()))
                        .append(':')
                        .append(write(v)));
                return out.append('}').toString();
            }
            if (value instanceof List<?> list) {
                StringBuilder out = new StringBuilder("[");
                list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(write(v)));
                return out.append(']').toString();
            }
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toString().toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
