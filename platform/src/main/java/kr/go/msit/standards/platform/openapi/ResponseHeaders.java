package kr.go.msit.standards.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the response headers the platform sends, once as components and referenced from each answer:
 * <ul>
 *   <li>{@code X-Request-ID} on every answer (the request's own when it sent a safe one, otherwise generated);</li>
 *   <li>{@code Cache-Control: no-store} on every answer (the platform's {@code NoStore} filter);</li>
 *   <li>{@code ETag} on every success that is one versioned record (its schema has a {@code version});</li>
 *   <li>{@code Location} on every 201;</li>
 *   <li>{@code Idempotent-Replayed} on the successes of operations that take an {@code Idempotency-Key};</li>
 *   <li>{@code Retry-After} on 429 (always) and 503 (when the answer knows when to retry);</li>
 *   <li>{@code WWW-Authenticate: Bearer} on 401 (RFC 6750).</li>
 * </ul>
 * On every operation of the document: those under {@code /api} and the gateway's {@code /common-grants} alike.
 * The shared error answers ({@link ErrorResponses#SHARED}) get theirs where they are defined, under
 * {@code components/responses}. A step of {@link ApiContract}.
 */
final class ResponseHeaders {

    static final String REQUEST_ID = "X-Request-ID";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String RETRY_AFTER = "Retry-After";
    static final String AUTHENTICATE = "WWW-Authenticate";

    private ResponseHeaders() {}

    static void document(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        define(
                components,
                REQUEST_ID,
                "The request's id: the caller's X-Request-ID when it was 1–128 safe characters, "
                        + "otherwise generated. Every log line of the request carries it; quote it when reporting a problem.",
                string(),
                true);
        define(
                components,
                CACHE_CONTROL,
                "no-store: the answer is a record read with a bearer token, not to be kept by a browser or any other "
                        + "cache (ETag is the version for If-Match, not a cache validator; no answer is 304)",
                string().examples(java.util.List.of("no-store")),
                true);
        define(
                components,
                ETAG,
                "The record's version as a strong entity tag, for If-Match on its next update or " + "transition",
                string().examples(java.util.List.of("\"3\"")),
                true);
        define(components, LOCATION, "The created record's address", string().format("uri-reference"), true);
        define(
                components,
                REPLAYED,
                "true when this is the stored answer to an earlier request with the same "
                        + "Idempotency-Key (nothing was done again)",
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(java.util.List.of("true")),
                false);
        define(
                components,
                RETRY_AFTER,
                "Seconds to wait before retrying",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO),
                false);
        define(
                components,
                AUTHENTICATE,
                "The scheme the API takes: Bearer (RFC 6750)",
                string().examples(java.util.List.of("Bearer")),
                true);

        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> document(operation, components)));
        // the answers every operation refers to (ErrorResponses): their headers once, where they are defined
        if (components.getResponses() != null) {
            ErrorResponses.SHARED.forEach((code, answer) -> {
                APIResponse shared = components.getResponses().get(answer.name());
                if (shared != null) {
                    document(code, shared, false, components);
                }
            });
        }
    }

    private static void document(Operation operation, Components components) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean idempotent = ErrorResponses.hasHeader(operation, "Idempotency-Key");
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (response.getRef() == null) {
                document(code, response, idempotent, components);
            }
        });
    }

    private static void document(String code, APIResponse response, boolean idempotent, Components components) {
        add(response, REQUEST_ID);
        add(response, CACHE_CONTROL);
        if (code.startsWith("2")) {
            if (versioned(response, components)) {
                add(response, ETAG);
            }
            if (idempotent) {
                add(response, REPLAYED);
            }
        }
        if (code.equals("201")) {
            add(response, LOCATION);
        }
        if (code.equals("429") || code.equals("503")) {
            add(response, RETRY_AFTER);
        }
        if (code.equals("401")) {
            add(response, AUTHENTICATE);
        }
    }

    /** The answer is one record with a version: the platform's {@code ETags} gives it its tag. */
    private static boolean versioned(APIResponse response, Components components) {
        if (response.getContent() == null) {
            return false;
        }
        for (MediaType media : response.getContent().getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (schema != null && schema.getRef() != null) {
                Schema target = components.getSchemas().get(SchemaGraph.name(schema.getRef()));
                if (target != null
                        && target.getProperties() != null
                        && target.getProperties().containsKey("version")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(APIResponse response, String header) {
        Map<String, Header> headers = response.getHeaders();
        if (headers == null || !headers.containsKey(header)) {
            response.addHeader(header, OASFactory.createHeader().ref(header));
        }
    }

    private static void define(
            Components components, String name, String description, Schema schema, boolean required) {
        if (components.getHeaders() == null || !components.getHeaders().containsKey(name)) {
            components.addHeader(
                    name,
                    OASFactory.createHeader()
                            .description(description)
                            .schema(schema)
                            .required(required));
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
