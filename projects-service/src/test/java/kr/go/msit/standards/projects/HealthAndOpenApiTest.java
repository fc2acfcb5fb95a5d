package kr.go.msit.standards.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Management;
import kr.go.msit.standards.testsupport.Metrics;
import kr.go.msit.standards.testsupport.ServiceChecks;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ProjectsTest
class HealthAndOpenApiTest {

    @Test
    void aRequestNoOperationTakesAddsNoSeriesOfItsOwnPath() {
        String token = "Bearer " + TestTokens.role(Roles.VIEWER);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token)
                    .patch("/api/v1/projects/series-probe-" + i)
                    .then()
                    .statusCode(405);
            given().header("Authorization", token)
                    .get("/api/v1/no-such-list-" + i)
                    .then()
                    .statusCode(404);
        }
        String metrics = Metrics.text();
        assertFalse(metrics.contains("series-probe"), metrics);
        assertFalse(metrics.contains("no-such-list"), metrics);
        assertTrue(metrics.contains("status=\"405\",uri=\"UNKNOWN\""), metrics);
        // an operation's own 404 keeps its template
        given().header("Authorization", token)
                .get("/api/v1/projects/7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404);
        assertTrue(Metrics.text().contains("status=\"404\",uri=\"/api/v1/projects/{id}\""));
    }

    @Test
    void readinessIncludesTheDatabase() {
        ServiceChecks.readyWithItsDatabase();
    }

    @Test
    void operationsEndpointsAreOnTheManagementPortOnlyTheDocumentStaysPublic() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            given().get(path).then().statusCode(404);
        }
        Management.given()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("kus_"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
        // read, never written (POST answered the document, OPTIONS 404)
        given().body("{}")
                .contentType("application/json")
                .post("/q/openapi")
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS")
                .contentType("application/problem+json");
        given().delete("/q/openapi.json").then().statusCode(405);
        given().options("/q/openapi").then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
        given().get("/q/swagger-ui/").then().statusCode(200);
        Management.given().get("/q/openapi").then().statusCode(404);
    }

    @Test
    void theDocumentDescribesEveryResource() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/projects'.get.operationId", equalTo("listProjects"))
                .body("paths.'/api/v1/applications/{id}/select'.post.operationId", equalTo("selectApplication"))
                .body("paths.'/api/v1/calls/{id}/publish-results'.post", notNullValue())
                .body("paths.'/api/v1/programs/{id}'.put", notNullValue());
    }
}
