package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.NodeTools;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published document as its users' tools see it: an independent linter, a TypeScript client generated from it,
 * and Swagger UI in a real browser. All run on the document the running gateway serves, not on a build file.
 */
@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(StubServices.class)
class GatewayApiToolsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private Path document;

    @BeforeEach
    void fetchDocument() throws Exception {
        Files.createDirectories(NodeTools.WORK);
        document = NodeTools.WORK.resolve("openapi.yaml");
        Files.writeString(
                document,
                given().accept("application/yaml")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void theDocumentPassesRedoclyLintWithoutErrorsOrWarnings() throws Exception {
        Path redocly = NodeTools.tool("redocly");
        NodeTools.Run lint = NodeTools.run(
                NodeTools.DIRECTORY,
                180,
                redocly.toString(),
                "lint",
                "--config",
                "redocly.yaml",
                "--format",
                "json",
                document.toString());
        String output = lint.output();
        JsonNode report = JSON.readTree(output.substring(output.indexOf('{')));
        assertEquals(0, report.path("totals").path("errors").asInt(-1), output);
        assertEquals(0, report.path("totals").path("warnings").asInt(-1), output);
        assertEquals(0, lint.exitCode(), output);
    }

    @Test
    void theDocumentPassesSpectralsOpenApiRulesWithoutErrorsOrWarnings() throws Exception {
        Path spectral = NodeTools.tool("spectral");
        NodeTools.Run lint = NodeTools.run(
                NodeTools.DIRECTORY,
                180,
                spectral.toString(),
                "lint",
                "--ruleset",
                ".spectral.yaml",
                "--format",
                "json",
                "--fail-severity",
                "warn",
                document.toString());
        String output = lint.output();
        JsonNode findings = JSON.readTree(output.substring(output.indexOf('[')));
        assertEquals(0, findings.size(), output);
        assertEquals(0, lint.exitCode(), output);
    }

    @Test
    void aTypeScriptClientGeneratedFromTheDocumentTypeChecks() throws Exception {
        Path generator = NodeTools.tool("openapi-typescript");
        Path tsc = NodeTools.tool("tsc");
        for (String file : new String[] {"client-check.ts", "tsconfig.json"}) {
            Files.copy(
                    NodeTools.DIRECTORY.resolve(file),
                    NodeTools.WORK.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        NodeTools.Run generate = NodeTools.run(
                NodeTools.WORK,
                180,
                generator.toString(),
                document.toString(),
                "-o",
                NodeTools.WORK.resolve("api.d.ts").toString());
        assertEquals(0, generate.exitCode(), generate.output());
        assertTrue(Files.readString(NodeTools.WORK.resolve("api.d.ts")).contains("\"/api/v1/dashboard\""));

        NodeTools.Run check = NodeTools.run(NodeTools.WORK, 180, tsc.toString(), "-p", "tsconfig.json");
        assertEquals(
                0,
                check.exitCode(),
                "client-check.ts does not compile against the generated client:\n" + check.output());
    }

    @Test
    void swaggerUiAuthorisesAndRunsAnOperationInARealBrowser() throws Exception {
        NodeTools.tool("tsc"); // the npm tools are installed (playwright-core has no .bin of its own)
        NodeTools.file(
                Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")),
                "apt-get install chromium (playwright-core cannot download a browser here)");
        String token = TestTokens.subject("swagger-ui-" + System.nanoTime(), "viewer");
        NodeTools.Run browser = NodeTools.run(
                NodeTools.DIRECTORY,
                180,
                "node",
                "swagger-ui.mjs",
                base.toString().replaceAll("/$", ""),
                token,
                "Projects",
                "listProjects");
        assertEquals(0, browser.exitCode(), browser.output());
        String lastLine = browser.output()
                .strip()
                .lines()
                .reduce((first, second) -> second)
                .orElse("");
        JsonNode shown = JSON.readTree(lastLine);
        assertEquals("200", shown.path("status").asText(), browser.output());
        // the stub behind the gateway echoes what reached it: the token typed into Swagger UI went all the way
        JsonNode echoed = JSON.readTree(shown.path("body").asText());
        assertEquals(
                "Bearer " + token, echoed.path("headers").path("authorization").asText(), shown.toString());
        assertEquals("/api/v1/projects", echoed.path("path").asText());
    }
}
