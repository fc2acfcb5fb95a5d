package kr.go.msit.standards.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.web.RequestPaths;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Implements {@link Idempotent}. The key row is inserted in the same transaction as the business change and
 * completed with the response before commit, so either both the record and the stored response exist or neither
 * does. A concurrent request with the same key blocks on the key's primary-key index until the first commits, then
 * replays its response (or, if the first failed, runs itself). A key is its caller's own (the token's subject): the
 * same key from another caller is another request, so no caller learns which keys others used or takes them first.
 * The same caller's key sent from another institution (the token names another) is not the same request: 422
 * {@code idempotency-key-reuse}, never a replay of what the first institution may read.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class IdempotencyInterceptor {

    public static final String HEADER = Idempotent.HEADER;
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    /** The owner of the rows written before keys were their callers' own (platform migration V0_6). */
    private static final String NO_OWNER = "";

    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    private final CurrentVertxRequest currentRequest;
    private final Caller caller;
    private final EntityManager em;
    private final ObjectMapper mapper;
    /** Canonical form for fingerprints: sorted keys, so field order in the body does not matter. */
    private final ObjectMapper canonical;

    public IdempotencyInterceptor(
            CurrentVertxRequest currentRequest, Caller caller, EntityManager em, ObjectMapper mapper) {
        this.currentRequest = currentRequest;
        this.caller = caller;
        this.em = em;
        this.mapper = mapper;
        this.canonical = mapper.copy()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
    }

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String key = request.getHeader(HEADER);
        Idempotent binding = binding(ctx);
        if (key == null) {
            if (binding != null && binding.required()) {
                throw ProblemException.badRequest("This endpoint requires an " + HEADER + " header");
            }
            return ctx.proceed();
        }
        // printable ASCII, as a structured field's string is (RFC 8941) and the document's pattern says: the header
        // arrives as bytes, and a key of 255 Hangul was "longer than 255 characters"; and one key: of two, the first
        // was taken without a word
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ProblemException.badRequest(
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters, not all spaces");
        }
        if (request.headers().getAll(HEADER).size() > 1) {
            throw ProblemException.badRequest("Send one " + HEADER + " header, not several");
        }
        String method = request.method().name();
        // as routed: a retry that spells the path another way (//api, %61, an id in upper case) is the same request
        String path = RetryComparison.canonicalIds(RequestPaths.routed(currentRequest.getCurrent()));
        String owner = caller.subject();
        // the subject stays in the fingerprint: a row from before keys had owners is replayed only to its own caller;
        // so does the institution the token names, when it names one: a person moved to another institution retrying
        // with a key of before was replayed the first institution's record, which a new request answers 404 for
        String who = owner
                + caller.institutionId()
                        .map(institution -> "\ninstitution " + institution)
                        .orElse("");
        String fingerprint =
                fingerprint(method, RetryComparison.withoutTrailingSlash(path), who, RetryComparison.parameters(ctx));
        boolean restResponse =
                RestResponse.class.isAssignableFrom(ctx.getMethod().getReturnType());
        if (QuarkusTransaction.isActive()) {
            return keyed(ctx, key, owner, method, path, fingerprint, restResponse);
        }
        // the key and the change are one transaction, run again as a whole when it loses a race (LostRaceRetry)
        return LostRaceRetry.again(() -> keyed(ctx, key, owner, method, path, fingerprint, restResponse));
    }

    private Object keyed(
            InvocationContext ctx,
            String key,
            String owner,
            String method,
            String path,
            String fingerprint,
            boolean restResponse) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (stored(NO_OWNER, key, fingerprint)) {
                return replay(NO_OWNER, key, fingerprint, restResponse);
            }
            int inserted = em.createNativeQuery("""
                    INSERT INTO idempotency_key (owner_subject, idempotency_key, fingerprint, method, path)
                    VALUES (:owner, :key, :fingerprint, :method, :path)
                    ON CONFLICT (owner_subject, idempotency_key) DO NOTHING""")
                    .setParameter("owner", owner)
                    .setParameter("key", key)
                    .setParameter("fingerprint", fingerprint)
                    .setParameter("method", method)
                    .setParameter("path", path)
                    .executeUpdate();
            if (inserted == 0) {
                // the type the method declares, or its caller cannot take the replay
                return replay(owner, key, fingerprint, restResponse);
            }
            Object result = ctx.proceed();
            if (result instanceof Response response) {
                store(owner, key, response);
            } else if (result instanceof RestResponse<?> response) {
                store(owner, key, response.toResponse());
            }
            return result;
        });
    }

    /** Whether the owner's key holds this very request, answered. */
    private boolean stored(String owner, String key, String fingerprint) {
        return !em.createNativeQuery("""
                SELECT 1 FROM idempotency_key
                WHERE owner_subject = :owner AND idempotency_key = :key AND fingerprint = :fingerprint
                  AND response_status IS NOT NULL""")
                .setParameter("owner", owner)
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .getResultList()
                .isEmpty();
    }

    private Object replay(String owner, String key, String fingerprint, boolean restResponse)
            throws JsonProcessingException {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT fingerprint, response_status, response_body, response_headers
                FROM idempotency_key WHERE owner_subject = :owner AND idempotency_key = :key""")
                .setParameter("owner", owner)
                .setParameter("key", key)
                .getSingleResult();
        if (!fingerprint.equals(((String) row[0]).trim())) {
            throw ProblemException.businessRule(
                    "idempotency-key-reuse",
                    "The " + HEADER + " was already used for a different request; use a new key for a new request");
        }
        if (row[1] == null) {
            throw ProblemException.conflict("A request with this " + HEADER + " is still being processed");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (row[3] != null) {
            @SuppressWarnings("unchecked")
            Map<String, String> stored = mapper.readValue((String) row[3], Map.class);
            headers.putAll(stored);
        }
        headers.put(REPLAYED_HEADER, "true");
        RestResponse.ResponseBuilder<Object> builder = RestResponse.ResponseBuilder.create((Integer) row[1]);
        if (row[2] != null) {
            // the first answer's type, charset too (a JSON body is always written in UTF-8)
            builder.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()));
        }
        headers.forEach(builder::header);
        RestResponse<Object> replayed = builder.build();
        return restResponse ? replayed : replayed.toResponse();
    }

    private void store(String owner, String key, Response response) throws JsonProcessingException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
        em.createNativeQuery("""
                UPDATE idempotency_key SET response_status = :status, response_body = :body,
                       response_headers = :headers, completed_at = now()
                WHERE owner_subject = :owner AND idempotency_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("body", body)
                .setParameter("headers", mapper.writeValueAsString(headers))
                .setParameter("owner", owner)
                .setParameter("key", key)
                .executeUpdate();
    }

    private static Idempotent binding(InvocationContext ctx) {
        Idempotent onMethod = ctx.getMethod().getAnnotation(Idempotent.class);
        return onMethod != null ? onMethod : ctx.getMethod().getDeclaringClass().getAnnotation(Idempotent.class);
    }

    String fingerprint(String method, String path, String subject, Object[] parameters) throws JsonProcessingException {
        StringBuilder request =
                new StringBuilder(method).append(' ').append(path).append('\n').append(subject);
        for (Object parameter : parameters) {
            request.append("\n").append(canonical.writeValueAsString(parameter));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
