package kr.go.msit.standards.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import kr.go.msit.standards.testsupport.Management;
import kr.go.msit.standards.testsupport.ServiceChecks;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ProjectsTest
class HealthAndOpenApiTest {

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
