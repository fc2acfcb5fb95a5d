package kr.go.msit.standards.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The problem {@code rule}s an operation can answer, declared next to its code and published in two forms: the
 * {@code x-problem-rules} extension of the operation (machine-readable: status → rule → meaning) and the
 * description of each of those answers (each rule in backticks, which the operation's description lists and
 * {@code ContractValidation} checks every answer against). Declared on the resource method:
 *
 * <pre>{@code
 * @Extension(name = ProblemRules.EXTENSION, parseValue = true, value = """
 *         {"422": {"call-not-open": "the call is not OPEN (callStatus)"}}""")
 * }</pre>
 * Every operation that takes an {@code Idempotency-Key} can also answer 422 {@code idempotency-key-reuse}. A step
 * of {@link ApiContract}.
 */
public final class ProblemRules {

    /** The operation extension that declares its rules. */
    public static final String EXTENSION = "x-problem-rules";

    private static final Map<String, String> HEADINGS = Map.of(
            "403", "Not allowed for this caller",
            "409", "Conflicts with the record's state or with another record",
            "422", "Refused by a business rule");

    private ProblemRules() {}

    static void document(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(ProblemRules::document);
            }
        });
    }

    private static void document(Operation operation) {
        Map<String, Map<String, String>> rules = declared(operation);
        if (ErrorResponses.hasHeader(operation, "Idempotency-Key")) {
            rules.computeIfAbsent("422", code -> new LinkedHashMap<>())
                    .put("idempotency-key-reuse", "the Idempotency-Key was used before for a different request");
        }
        if (rules.isEmpty()) {
            return;
        }
        operation.addExtension(EXTENSION, rules);
        rules.forEach((code, meanings) -> {
            String description = HEADINGS.getOrDefault(code, "Refused") + ": "
                    + meanings.entrySet().stream()
                            .map(rule -> "`" + rule.getKey() + "` " + rule.getValue())
                            .collect(Collectors.joining("; "));
            // a new answer: the scanner shares one answer object between operations (the security ones)
            operation
                    .getResponses()
                    .addAPIResponse(
                            code,
                            OASFactory.createAPIResponse()
                                    .description(description)
                                    .content(ErrorResponses.problemContent()));
        });
    }

    private static Map<String, Map<String, String>> declared(Operation operation) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Object value = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(EXTENSION);
        if (value instanceof Map<?, ?> byCode) {
            byCode.forEach((code, meanings) -> {
                if (!(meanings instanceof Map<?, ?> map)) {
                    throw new IllegalStateException(EXTENSION + " of " + operation.getOperationId()
                            + " must map each status to {rule: meaning}");
                }
                Map<String, String> copy = new LinkedHashMap<>();
                map.forEach((rule, meaning) -> copy.put(String.valueOf(rule), String.valueOf(meaning)));
                rules.put(String.valueOf(code), copy);
            });
        } else if (value != null) {
            throw new IllegalStateException(EXTENSION + " of " + operation.getOperationId() + " is not a JSON object");
        }
        return rules;
    }
}
