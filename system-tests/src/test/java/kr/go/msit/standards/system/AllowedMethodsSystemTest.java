package kr.go.msit.standards.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The published document is what the API does, method by method: for every path of it, {@code OPTIONS} answers
 * {@code Allow} with exactly the methods the document lists there (HEAD where GET is, and OPTIONS), and every other
 * method is a 405 problem (in CommonGrants' shape under its prefix) whose {@code Allow} says the same (RFC 9110 §15.5.6). A generated client, a CORS-less
 * tool or an operator reading a 405 learns from it what the path does. A method the API routes but the document does
 * not list, or the reverse, fails here; so does a path below one of the document's that no operation has, unless
 * it is 404. Paths of a service are asked of that service directly (the gateway's rate
 * limits would throttle some 700 requests from one caller), the gateway's own through the gateway, and one path of
 * each service through the gateway too, to show that its answer passes the proxy unchanged.
 */
class AllowedMethodsSystemTest {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> PROBED = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    @Test
    void everyPathAnswersTheMethodsTheDocumentListsAndNoOther() throws Exception {
        RunningSystem system = RunningSystem.get();
        Map<String, List<String>> basesOf = new HashMap<>();
        List<String> throughGateway = new ArrayList<>();
        for (String service : List.of("projects-service", "funding-service", "partnership-service")) {
            String base = system.direct(service);
            Iterator<String> paths = RunningSystem.document(base).path("paths").fieldNames();
            throughGateway.add(paths.next());
            RunningSystem.document(base)
                    .path("paths")
                    .fieldNames()
                    .forEachRemaining(path -> basesOf.computeIfAbsent(path, p -> new ArrayList<>())
                            .add(base));
        }
        JsonNode published = RunningSystem.document(system.gateway);
        List<Pattern> templates = new ArrayList<>();
        published
                .path("paths")
                .fieldNames()
                .forEachRemaining(path ->
                        templates.add(Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"))));
        List<String> wrong = new ArrayList<>();
        int paths = 0;
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> entries =
                        published.path("paths").fields();
                entries.hasNext(); ) {
            Map.Entry<String, JsonNode> path = entries.next();
            Set<String> documented = new TreeSet<>();
            for (String method : METHODS) {
                if (path.getValue().has(method.toLowerCase(Locale.ROOT))) {
                    documented.add(method);
                }
            }
            Set<String> expected = new TreeSet<>(documented);
            if (documented.contains("GET")) {
                expected.add("HEAD");
            }
            expected.add("OPTIONS");
            String target = path.getKey()
                    .replace("{fiscalYear}", "2026")
                    .replace("{service}", "projects")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            List<String> bases = new ArrayList<>(basesOf.getOrDefault(path.getKey(), List.of(system.gateway)));
            if (throughGateway.contains(path.getKey())) {
                bases.add(system.gateway);
            }
            // CommonGrants answers errors in the protocol's own shape
            String errorType =
                    path.getKey().startsWith("/common-grants/") ? "application/json" : "application/problem+json";
            paths++;
            for (String base : bases) {
                // a caller of its own per path: the gateway limits each caller's rate
                String token = system.token("allow-" + paths, "auditor");
                Response options = given().baseUri(base).auth().oauth2(token).request("OPTIONS", target);
                requests++;
                if (options.statusCode() != 200 || !expected.equals(allowOf(options))) {
                    wrong.add("OPTIONS " + path.getKey() + " at " + base + ": " + options.statusCode() + " Allow "
                            + options.header("Allow") + ", the document: " + expected);
                }
                String beyond = target + "/no-such-part";
                if (templates.stream().noneMatch(t -> t.matcher(beyond).matches())) {
                    // a path no operation has, below one that is: not the resource class's methods
                    Response unknown =
                            given().baseUri(base).auth().oauth2(token).request("OPTIONS", beyond);
                    requests++;
                    if (unknown.statusCode() != 404) {
                        wrong.add("OPTIONS " + path.getKey() + "/no-such-part at " + base + ": " + unknown.statusCode()
                                + " Allow " + unknown.header("Allow") + ", not 404");
                    }
                }
                for (String method : PROBED) {
                    if (expected.contains(method)) {
                        continue;
                    }
                    Response refused = given().baseUri(base)
                            .auth()
                            .oauth2(token)
                            .contentType("application/json")
                            .body("{}")
                            .request(method, target);
                    requests++;
                    if (refused.statusCode() != 405
                            || !String.valueOf(refused.contentType()).startsWith(errorType)
                            || !expected.equals(allowOf(refused))) {
                        wrong.add(method + " " + path.getKey() + " at " + base + ": " + refused.statusCode() + " "
                                + refused.contentType() + " Allow " + refused.header("Allow") + ", the document: "
                                + expected);
                    }
                }
            }
        }
        System.out.printf("[system-tests] allowed methods: %d paths, %d requests%n", paths, requests);
        assertTrue(paths > 100, "the document lists " + paths + " paths");
        assertEquals(List.of(), wrong, "paths whose methods differ from the document's");
    }

    private static Set<String> allowOf(Response response) {
        String allow = response.header("Allow");
        Set<String> methods = new TreeSet<>();
        if (allow != null) {
            Arrays.stream(allow.split(","))
                    .map(String::trim)
                    .filter(m -> !m.isEmpty())
                    .forEach(methods::add);
        }
        return methods;
    }
}
