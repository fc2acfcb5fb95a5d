package kr.go.msit.standards.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One module's OpenAPI document, read as a contract: what each operation accepts and answers. Bodies are checked
 * with a maintained JSON Schema 2020-12 validator (networknt, the dialect of OpenAPI 3.1) against the document's own
 * schemas, made strict for the check: an object schema that lists its properties admits no others (the published
 * document leaves that open, so that adding a property later is not a breaking change for clients).
 */
public final class Contract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final BodySchemas bodies;

    private record Template(String path, Pattern pattern, int variables) {}

    Contract(JsonNode document) {
        this.document = document;
        document.path("paths")
                .fieldNames()
                .forEachRemaining(path -> templates.add(new Template(
                        path,
                        Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                        path.split("\\{", -1).length - 1)));
        // literal segments win over variables: /projects/summary before /projects/{id}
        templates.sort(Comparator.comparingInt(Template::variables));
        this.bodies = new BodySchemas(document);
    }

    /** Reads the document a running module serves at {@code /q/openapi}. */
    static Contract load(String baseUri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUri + "/q/openapi?format=json"))
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no OpenAPI document at " + baseUri + ": " + response.statusCode());
            }
            return new Contract(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document at " + baseUri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The documented path template a request path falls under, or null. */
    String template(String path) {
        for (Template template : templates) {
            if (template.pattern.matcher(path).matches()) {
                return template.path;
            }
        }
        return null;
    }

    JsonNode operation(String template, String method) {
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        return operation.isObject() ? operation : null;
    }

    /**
     * What is wrong with an exchange of {@code operation}: an undocumented status or content type, a missing
     * required header, a body its schema does not admit; and, for a request the API accepted, a request body its
     * schema does not admit.
     */
    List<String> violations(
            String where,
            JsonNode operation,
            int status,
            Map<String, String> headers,
            String contentType,
            String body,
            String requestContentType,
            String requestBody) {
        List<String> violations = new ArrayList<>();
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            violations.add(where + ": status " + status + " is not documented (only " + codes(operation) + ")");
            return violations;
        }
        response = resolve(response);
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (resolve(header.getValue()).path("required").asBoolean(false)
                    && headers.get(header.getKey().toLowerCase(Locale.ROOT)) == null) {
                violations.add(where + " " + status + ": required header " + header.getKey() + " is missing");
            }
        }
        boolean hasBody = body != null && !body.isEmpty();
        if (hasBody) {
            String media = mediaType(contentType);
            JsonNode content = response.path("content").path(media);
            if (content.isMissingNode()) {
                violations.add(where + " " + status + ": content type " + media + " is not documented (only "
                        + fieldNames(response.path("content")) + ")");
            } else if (json(media) && content.has("schema")) {
                bodies.validate(where + " " + status + " body", content.path("schema"), body, violations);
                rule(where + " " + status, response, body, violations);
            }
        }
        if (status >= 200 && status < 300 && requestBody != null && !requestBody.isEmpty()) {
            String media = mediaType(requestContentType);
            JsonNode content = operation.path("requestBody").path("content").path(media);
            if (content.isMissingNode()) {
                violations.add(where + ": request content type " + media + " is not documented");
            } else if (json(media) && content.has("schema")) {
                bodies.validate(
                        where + " request body (accepted with " + status + ")",
                        content.path("schema"),
                        requestBody,
                        violations);
            }
        }
        return violations;
    }

    /** A problem's rule is one its answer's description names (in backticks; see ProblemRules). */
    private static void rule(String what, JsonNode response, String body, List<String> violations) {
        try {
            JsonNode rule = JSON.readTree(body).path("rule");
            if (rule.isTextual() && !response.path("description").asText().contains("`" + rule.asText() + "`")) {
                violations.add(what + ": rule " + rule.asText() + " is not among the rules the document names here ("
                        + response.path("description").asText() + ")");
            }
        } catch (IOException notJson) {
            // reported by validate
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.asText().startsWith("#/")) {
            return document.at(ref.asText().substring(1));
        }
        return node;
    }

    private static String codes(JsonNode operation) {
        return fieldNames(operation.path("responses"));
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "(none)";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean json(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}
