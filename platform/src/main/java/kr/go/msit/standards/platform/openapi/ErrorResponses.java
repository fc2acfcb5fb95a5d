package kr.go.msit.standards.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation can answer, as {@code application/problem+json} with the {@code Problem}
 * schema, so that a generated client knows the error body. Which errors follow from the operation's shape, the same
 * rules the platform's exception mappers apply: 400 on every operation (one without parameters too: a request's
 * query or headers may hold what none may, such as the NUL character, refused before the operation is chosen),
 * 401/403 when secured, 404 under an id, 409/422 for
 * writes (state machine, concurrent change, business rule), 412 with {@code If-Match}; and on every operation 408,
 * 413 and 415 for a body too slow, too large or not JSON (any request may carry one), and what the gateway or a
 * service under strain answers: 429 (rate limit), 503 (a
 * service or a dependency cannot be reached, its circuit is open, or it is shutting down), 504 (it did not answer in
 * time), and a {@code default} for anything else. A step of {@link ApiContract}.
 *
 * <p>Each of these answers is the same wherever it can be given, so it is written once under
 * {@code components/responses} (named in {@link #SHARED}) and each operation refers to it: the documents are 43–45%
 * smaller than with a copy in every operation (Swagger UI and client generators read them whole; the gateway's
 * was 1.9 MB), and a generated client gets one type per error answer. What differs per operation stays in the operation: the problem
 * rules of its 403/409/422 ({@link ProblemRules}) and an error it declares with a meaning of its own.
 */
public final class ErrorResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    /** A shared answer: its name under {@code components/responses} and what it means. */
    record Shared(String name, String description) {}

    /** The shared answers, by status. */
    static final Map<String, Shared> SHARED = Map.ofEntries(
            shared(
                    "400",
                    "BadRequest",
                    "Invalid input: malformed JSON, an unknown or repeated field, a wrong type, a failed constraint, or "
                            + "a parameter that is not valid (the problem's errors name each field)"),
            shared("401", "Unauthorized", "No valid bearer token (WWW-Authenticate: Bearer)"),
            shared("403", "Forbidden", "The token's roles or institution do not allow this"),
            shared("404", "NotFound", "No such record, or not visible to the caller (the problem's resource names it)"),
            shared("406", "NotAcceptable", "The Accept header names no media type the operation answers with"),
            shared(
                    "408",
                    "RequestTimeout",
                    "No part of the request body came for the gateway's body timeout (BODY_TIMEOUT, 30 s unless "
                            + "configured): the request is dropped before the service acts on it (over HTTP/1.1 the "
                            + "connection is closed too)"),
            shared(
                    "409",
                    "Conflict",
                    "Conflicts with the record's state (the problem's currentState names it) or with a concurrent "
                            + "change"),
            shared(
                    "412",
                    "PreconditionFailed",
                    "If-Match does not name the current version (the problem carries currentETag)"),
            shared(
                    "413",
                    "ContentTooLarge",
                    "The request body is larger than the service takes (quarkus.http.limits.max-body-size, 10 MB "
                            + "unless configured). A body sent in chunks is refused as it is read, with no problem "
                            + "body"),
            shared(
                    "415",
                    "UnsupportedMediaType",
                    "The request has a body without Content-Type, or a Content-Type other than application/json "
                            + "(with no charset, or charset=UTF-8)"),
            shared(
                    "422",
                    "BusinessRuleBroken",
                    "Breaks a business rule (the problem's rule names it), or reuses an Idempotency-Key for a "
                            + "different request"),
            shared(
                    "429",
                    "TooManyRequests",
                    "Too many requests from this caller or address; Retry-After says when to retry"),
            shared(
                    "503",
                    "ServiceUnavailable",
                    "The service, or a service it must ask (the problem's dependency names it), cannot be reached, its "
                            + "circuit is open, or it is shutting down; Retry-After when it knows when to retry"),
            shared(
                    "504",
                    "GatewayTimeout",
                    "The service, or a service it must ask (the problem's dependency names it), did not answer in "
                            + "time"),
            shared("default", "UnexpectedProblem", "Any other error; quote the problem's requestId"));

    private static Map.Entry<String, Shared> shared(String code, String name, String description) {
        return Map.entry(code, new Shared(name, description));
    }

    private ErrorResponses() {}

    static void document(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                document(path, entry.getKey(), entry.getValue(), components);
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean write = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        refer(components, responses, "400");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            refer(components, responses, "401");
            refer(components, responses, "403");
        }
        if (path.contains("{")) {
            refer(components, responses, "404");
        }
        if (write) {
            refer(components, responses, "409");
            refer(components, responses, "422");
        }
        if (hasHeader(operation, "If-Match")) {
            refer(components, responses, "412");
        }
        // every operation: a body without Content-Type, or any Content-Type but JSON, is refused before any operation
        // sees it (InputGate), a GET's body too (one with no body to take declared neither, yet answered them)
        refer(components, responses, "408");
        refer(components, responses, "413");
        refer(components, responses, "415");
        refer(components, responses, "406");
        refer(components, responses, "429");
        refer(components, responses, "503");
        refer(components, responses, "504");
        refer(components, responses, "default");
        // an error an operation declares itself (@APIResponse with a description only) has the problem body too
        for (Map.Entry<String, APIResponse> declared :
                Map.copyOf(responses.getAPIResponses()).entrySet()) {
            String code = declared.getKey();
            if ((code.startsWith("4") || code.startsWith("5"))
                    && declared.getValue().getRef() == null) {
                problem(responses, code, declared.getValue().getDescription());
            }
        }
    }

    /**
     * Refers the operation to the shared answer for {@code code} (defining it under {@code components/responses} the
     * first time) where it has none, or has one with a description only: an answer with a body of its own, or one
     * already referred, stays.
     */
    private static void refer(Components components, APIResponses responses, String code) {
        Shared shared = SHARED.get(code);
        if (components.getResponses() == null || !components.getResponses().containsKey(shared.name())) {
            components.addResponse(
                    shared.name(),
                    OASFactory.createAPIResponse()
                            .description(shared.description())
                            .content(problemContent()));
        }
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null || (existing.getRef() == null && !hasContent(existing))) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(shared.name()));
        }
    }

    private static boolean hasContent(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaTypes() != null
                && !response.getContent().getMediaTypes().isEmpty();
    }

    /** Adds the response, or gives an existing one the problem body it lacks. */
    private static void problem(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(
                    code,
                    OASFactory.createAPIResponse().description(description).content(problemContent()));
        } else if (existing.getRef() == null && !hasContent(existing)) {
            existing.setDescription(description);
            existing.setContent(problemContent());
        }
    }

    static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        PROBLEM_JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }

    static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }
}
