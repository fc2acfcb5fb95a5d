package kr.go.msit.standards.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation can answer, as {@code application/problem+json} with the {@code Problem}
 * schema, so that a generated client knows the error body. Which errors follow from the operation's shape, the same
 * rules the platform's exception mappers apply: 400 for input, 401/403 when secured, 404 under an id, 409/422 for
 * writes (state machine, concurrent change, business rule), 412 with {@code If-Match}, and a {@code default} for
 * anything else (503 when a dependency is down, for example). Runs at build time on every module's document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ErrorResponses implements OASFilter {

    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            problem(responses, "400", "Invalid input: malformed JSON, an unknown field, a wrong type or a failed constraint");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problem(responses, "401", "No valid bearer token (WWW-Authenticate: Bearer)");
            problem(responses, "403", "The token's roles or institution do not allow this");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such record, or not visible to the caller");
        }
        if (write) {
            problem(responses, "409", "Conflicts with the record's state (state machine) or with a concurrent change");
            problem(responses, "422", "Breaks a business rule, or reuses an Idempotency-Key for a different request");
        }
        if (hasHeader(operation, "If-Match")) {
            problem(responses, "412", "If-Match does not name the current version (the problem carries currentETag)");
        }
        problem(responses, "default", "Any other error, for example 503 when a service it depends on is unavailable");
    }

    /** Adds the response, or gives an existing one the problem body it lacks. */
    public static void problem(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
            existing.setDescription(description);
            existing.setContent(problemContent());
        }
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }
}
