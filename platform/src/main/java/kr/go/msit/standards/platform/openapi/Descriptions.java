package kr.go.msit.standards.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every operation's description says who may call it and what refusals it can give, from what the document
 * already states, so that it cannot drift from the code: the operation's own description (or its summary), then the
 * roles of its security requirement, then the problem {@code rule}s its 403/409/422 answers name (each written in
 * backticks in the answer's description; {@code ContractValidation} fails a test whose answer carries a rule its
 * operation does not name). An {@code /api} operation without a summary fails the build. A step of
 * {@link ApiContract}.
 */
final class Descriptions {

    /** Where the generated part of a description starts. */
    private static final String GENERATED = "\n\n**";

    private static final Pattern RULE = Pattern.compile("`([a-z][a-z0-9-]*)`");

    private Descriptions() {}

    static void document(OpenAPI openAPI) {
        List<String> missing = new ArrayList<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                    missing.add(method + " " + path);
                } else {
                    operation.setDescription(describe(operation));
                }
            });
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Operations without a summary (@Operation(summary = ...)): " + missing);
        }
    }

    private static String describe(Operation operation) {
        String own = operation.getDescription() == null ? "" : operation.getDescription();
        int generated = own.indexOf(GENERATED);
        if (generated >= 0) {
            // the gateway's build runs this again on the services' documents: what was generated is generated anew
            own = own.substring(0, generated);
        }
        StringBuilder text = new StringBuilder(own.isBlank() ? operation.getSummary() : own.strip());
        if (!text.toString().endsWith(".") && !text.toString().endsWith(")")) {
            text.append('.');
        }
        Set<String> roles = new LinkedHashSet<>();
        if (operation.getSecurity() != null) {
            operation
                    .getSecurity()
                    .forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        }
        if (!roles.isEmpty()) {
            text.append(GENERATED)
                    .append("Roles:** ")
                    .append(String.join(
                            ", ", roles.stream().map(r -> "`" + r + "`").toList()))
                    .append('.');
        }
        List<String> refusals = new ArrayList<>();
        if (operation.getResponses() != null) {
            for (String code : List.of("403", "409", "422")) {
                APIResponse response = operation.getResponses().getAPIResponse(code);
                Set<String> rules = rules(response);
                if (!rules.isEmpty()) {
                    refusals.add(code + " "
                            + String.join(
                                    ", ", rules.stream().map(r -> "`" + r + "`").toList()));
                }
            }
        }
        if (!refusals.isEmpty()) {
            text.append(GENERATED)
                    .append("Problem rules:** ")
                    .append(String.join("; ", refusals))
                    .append('.');
        }
        return text.toString();
    }

    /** The rules an answer's description names, in backticks. */
    static Set<String> rules(APIResponse response) {
        Set<String> rules = new LinkedHashSet<>();
        if (response != null && response.getDescription() != null) {
            Matcher matcher = RULE.matcher(response.getDescription());
            while (matcher.find()) {
                rules.add(matcher.group(1));
            }
        }
        return rules;
    }
}
