package kr.go.msit.standards.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Walks the OpenAPI document of the service under test and proves that every {@code /api/v1} operation answers
 * 401 problem+json with a {@code Bearer} challenge to a request without a token, so that a new endpoint cannot ship
 * unprotected by accident; and that the document declares the bearer requirement on every such operation.
 */
public final class UnprotectedOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private UnprotectedOperations() {}

    /**
     * @param service     the service's name in {@code /api/v1/audit/{service}}
     * @param atLeast     the number of operations the service has at least, so that an empty walk fails
     */
    public static void assertNone(String service, int atLeast) {
        JsonPath doc = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> checked = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            String concrete = path.replace("{service}", service)
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            operations.forEach((method, operation) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                String name = method.toUpperCase() + " " + path;
                checked.add(name);
                if (!(operation instanceof Map<?, ?> op) || op.get("security") == null) {
                    undeclared.add(name);
                }
                Response response =
                        given().contentType(ContentType.JSON).body("{}").request(method.toUpperCase(), concrete);
                String contentType = response.contentType() == null ? "" : response.contentType();
                if (response.statusCode() != 401
                        || !contentType.startsWith("application/problem+json")
                        || !"Bearer".equals(response.header("WWW-Authenticate"))) {
                    open.add(name + " → " + response.statusCode() + " " + contentType);
                }
            });
        });
        assertTrue(checked.size() >= atLeast, "expected at least " + atLeast + " operations, found " + checked);
        assertEquals(List.of(), open, "operations that do not answer 401 problem+json without a token");
        assertEquals(List.of(), undeclared, "operations without a security requirement in the OpenAPI document");
        assertEquals("bearer", doc.getString("components.securitySchemes.bearerAuth.scheme"));
    }
}
