package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.go.msit.standards.testsupport.JwtTestResource;
import org.junit.jupiter.api.Test;

/** The gateway publishes every operation of every service, under its public path, with unique operationIds. */
@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(StubServices.class)
class GatewayOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (op.getValue().has("operationId")) {
                        operations.add(op.getKey().toUpperCase() + " " + path.getKey() + " "
                                + op.getValue().get("operationId").asText());
                    }
                }));
        return operations;
    }

    @Test
    void everyServiceOperationIsInTheGatewayDocument() throws IOException {
        JsonNode gateway = JSON.readTree(
                given().accept("application/json").get("/q/openapi").asString());
        Set<String> published = operations(gateway);
        for (String service : List.of("projects-service", "funding-service", "partnership-service")) {
            Path generated = Path.of("..", service, "target", "openapi", "openapi.json");
            assertTrue(Files.isRegularFile(generated), "build " + service + " before the gateway: " + generated);
            Set<String> own = operations(JSON.readTree(generated.toFile()));
            assertTrue(!own.isEmpty(), service + " has no operations");
            Set<String> missing = new TreeSet<>(own);
            missing.removeAll(published);
            assertEquals(Set.of(), missing, "operations of " + service + " missing from the gateway document");
        }
    }

    @Test
    void operationIdsAreUniqueAndTheProxyIsHidden() throws IOException {
        JsonNode gateway = JSON.readTree(
                given().accept("application/json").get("/q/openapi").asString());
        Set<String> ids = new HashSet<>();
        for (String operation : operations(gateway)) {
            String id = operation.substring(operation.lastIndexOf(' ') + 1);
            assertTrue(ids.add(id), "duplicate operationId " + id);
        }
        assertTrue(ids.contains("listProjects"));
        gateway.path("paths")
                .fieldNames()
                .forEachRemaining(path ->
                        assertTrue(!path.contains("{path"), "the catch-all proxy leaked into the document: " + path));
    }

    /**
     * A 201 whose {@code Location} names the new record can be followed: a collection {@code P} that creates answers
     * {@code GET P/{id}} (renewing an agreement names the new agreement under {@code /agreements}). Before, a
     * carry-over's and a project report's {@code Location} answered 404, and a client that lost the 201 could not
     * fetch the record's ETag again.
     */
    @Test
    void everyLocationOfA201CanBeFetched() throws IOException {
        JsonNode paths = JSON.readTree(
                        given().accept("application/json").get("/q/openapi").asString())
                .path("paths");
        Set<String> unreachable = new TreeSet<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (!op.getValue()
                            .path("responses")
                            .path("201")
                            .path("headers")
                            .has("Location")) {
                        return;
                    }
                    // renewing an agreement creates the next agreement, named under /agreements
                    String collection = path.getKey().replace("/{id}/renew", "");
                    boolean fetched = false;
                    for (var candidate : (Iterable<String>) paths::fieldNames) {
                        if (candidate.startsWith(collection + "/{")
                                && candidate.indexOf('/', collection.length() + 1) < 0
                                && paths.path(candidate).has("get")) {
                            fetched = true;
                        }
                    }
                    if (!fetched) {
                        unreachable.add(op.getKey().toUpperCase() + " " + path.getKey());
                    }
                }));
        assertEquals(Set.of(), unreachable, "201s whose Location no GET answers");
    }

    @Test
    void theDocumentIsExactForAGeneratedClient() throws IOException {
        JsonNode gateway = JSON.readTree(
                given().accept("application/json").get("/q/openapi").asString());
        assertEquals("[{\"url\":\"/\"}]", gateway.path("servers").toString(), "the gateway is the only server");
        assertEquals(Set.of("bearerAuth"), names(gateway.path("components").path("securitySchemes")));
        Set<String> declaredTags = new HashSet<>();
        gateway.path("tags")
                .forEach(tag -> assertTrue(declaredTags.add(tag.path("name").asText()), "tag declared twice: " + tag));
        Set<String> schemas = names(gateway.path("components").path("schemas"));
        List<String> defects = new java.util.ArrayList<>();
        gateway.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (op.getKey().equals("parameters")) {
                        return; // the path's own parameters (webhooks/{service}), not an operation
                    }
                    String where = op.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode tags = op.getValue().path("tags");
                    if (tags.size() != 1 || !declaredTags.contains(tags.get(0).asText())) {
                        defects.add(where + " tags " + tags);
                    }
                    // any request may hold what none may take (NUL in the query, a malformed escape): 400 anywhere
                    if (path.getKey().startsWith("/api/")
                            && !op.getValue().path("responses").has("400")) {
                        defects.add(where + " does not document 400");
                    }
                    op.getValue().path("responses").fields().forEachRemaining(response -> {
                        String code = response.getKey();
                        // an answer shared by many operations is defined once, under components/responses
                        JsonNode answer = response.getValue().has("$ref")
                                ? gateway.at(response.getValue()
                                        .path("$ref")
                                        .asText()
                                        .substring(1))
                                : response.getValue();
                        JsonNode content = answer.path("content");
                        if (code.startsWith("2")
                                && content.has("application/json")
                                && content.path("application/json")
                                        .path("schema")
                                        .isEmpty()) {
                            defects.add(where + " " + code + " has no schema");
                        }
                        // errors are problem+json everywhere but under /common-grants, where the protocol's
                        // error shape is the rule (and nowhere else)
                        boolean commonGrants = path.getKey().startsWith("/common-grants/");
                        String media = commonGrants ? "application/json" : "application/problem+json";
                        String shape = commonGrants ? "/CommonGrantsError" : "/Problem";
                        if ((code.startsWith("4") || code.startsWith("5") || code.equals("default"))
                                && !content.path(media)
                                        .path("schema")
                                        .path("$ref")
                                        .asText()
                                        .endsWith(shape)) {
                            defects.add(where + " " + code + " is not " + shape.substring(1));
                        }
                    });
                }));
        assertEquals(List.of(), defects);
        // every reference resolves; no collision survived the merge (BudgetLine differs between two services)
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile(
                        "#/components/(schemas|responses|headers)/([A-Za-z0-9_.-]+)")
                .matcher(gateway.toString());
        while (refs.find()) {
            assertTrue(
                    gateway.path("components").path(refs.group(1)).has(refs.group(2)),
                    "dangling reference " + refs.group(0));
        }
        // each shared error answer is defined once and referred to, not copied into every operation (nor renamed
        // per service by the merge)
        assertEquals(
                Set.of(
                        "BadRequest",
                        "Unauthorized",
                        "Forbidden",
                        "NotFound",
                        "NotAcceptable",
                        "Conflict",
                        "PreconditionFailed",
                        "ContentTooLarge",
                        "RequestTimeout",
                        "UnsupportedMediaType",
                        "BusinessRuleBroken",
                        "TooManyRequests",
                        "ServiceUnavailable",
                        "GatewayTimeout",
                        "UnexpectedProblem"),
                names(gateway.path("components").path("responses")));
        assertEquals(
                "#/components/responses/Unauthorized",
                gateway.at("/paths/~1api~1v1~1projects/get/responses/401/$ref").asText());
        assertTrue(schemas.containsAll(Set.of("ProjectsBudgetLine", "FundingBudgetLine"))
                && !schemas.contains("BudgetLine"));
        assertEquals(
                "#/components/schemas/Project",
                gateway.at("/components/schemas/ProjectDossier/properties/project/$ref")
                        .asText());
        // funding documents a project's area with the same enum as projects-service: one schema, typed in both
        assertTrue(
                schemas.contains("TechnologyArea")
                        && schemas.stream()
                                .noneMatch(name -> name.matches("(Projects|Funding|Partnership)TechnologyArea")),
                "TechnologyArea defined differently by two services: " + schemas);
        assertEquals(
                "#/components/schemas/TechnologyArea",
                gateway.at("/components/schemas/Allocation/properties/technologyArea/$ref")
                        .asText());
        // the same fact has one shape wherever an answer or a request holds it: every technology area is the enum,
        // every partner agency's code a request takes the pattern partnership-service registers agencies with
        String agencyCode = gateway.at("/components/schemas/PartnerAgencyRequest/properties/code/pattern")
                .asText();
        List<String> drift = new java.util.ArrayList<>();
        gateway.path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(schema -> schema.getValue()
                        .path("properties")
                        .fields()
                        .forEachRemaining(property -> {
                            String where = schema.getKey() + "." + property.getKey();
                            JsonNode value = property.getValue();
                            if (property.getKey().equals("technologyArea")
                                    && !value.path("$ref").asText().equals("#/components/schemas/TechnologyArea")) {
                                drift.add(where + " is not the TechnologyArea enum: " + value);
                            }
                            if (schema.getKey().endsWith("Request")
                                    && property.getKey().matches("(partner|qualifying)Agencies")
                                    && !value.path("items")
                                            .path("pattern")
                                            .asText()
                                            .equals(agencyCode)) {
                                drift.add(where + " items are not agency codes (" + agencyCode + "): " + value);
                            }
                        }));
        assertEquals(List.of(), drift);
    }

    @Test
    void aPatternMatchesTheWholeValueAsTheServiceChecksIt() throws IOException {
        JsonNode gateway = JSON.readTree(
                given().accept("application/json").get("/q/openapi").asString());
        List<String> patterns = new java.util.ArrayList<>();
        collectPatterns(gateway, patterns);
        assertTrue(patterns.size() > 10, patterns.toString());
        for (String pattern : patterns) {
            // @NotBlank's "\\S" means a non-blank character anywhere, as JSON Schema reads it
            assertTrue(
                    pattern.equals("\\S") || (pattern.startsWith("^") && pattern.endsWith("$")),
                    "not anchored: " + pattern);
        }
        // JSON Schema's pattern matches anywhere in the value (find): a code with a lower-case letter before it
        // passed a client's validator, and the service refused it
        String code = gateway.at("/components/schemas/ProgramRequest/properties/code/pattern")
                .asText();
        assertTrue(java.util.regex.Pattern.compile(code).matcher("PA1234").find());
        assertTrue(!java.util.regex.Pattern.compile(code).matcher("xPA1234").find(), code);
    }

    private static void collectPatterns(JsonNode node, List<String> patterns) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("pattern") && field.getValue().isTextual()) {
                    patterns.add(field.getValue().asText());
                } else {
                    collectPatterns(field.getValue(), patterns);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectPatterns(child, patterns));
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
