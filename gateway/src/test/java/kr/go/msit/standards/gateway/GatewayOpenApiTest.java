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
import org.junit.jupiter.api.Test;

/** The gateway publishes every operation of every service, under its public path, with unique operationIds. */
@QuarkusTest
@WithTestResource(StubServices.class)
class GatewayOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().has("operationId")) {
                operations.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + op.getValue().get("operationId").asText());
            }
        }));
        return operations;
    }

    @Test
    void everyServiceOperationIsInTheGatewayDocument() throws IOException {
        JsonNode gateway = JSON.readTree(given().accept("application/json").get("/q/openapi").asString());
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
        JsonNode gateway = JSON.readTree(given().accept("application/json").get("/q/openapi").asString());
        Set<String> ids = new HashSet<>();
        for (String operation : operations(gateway)) {
            String id = operation.substring(operation.lastIndexOf(' ') + 1);
            assertTrue(ids.add(id), "duplicate operationId " + id);
        }
        assertTrue(ids.contains("listProjects"));
        gateway.path("paths").fieldNames().forEachRemaining(path ->
                assertTrue(!path.contains("{path"), "the catch-all proxy leaked into the document: " + path));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
