package kr.go.msit.standards.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ProjectsTest
class HealthAndOpenApiTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void theDocumentDescribesEveryResource() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/projects'.get.operationId", equalTo("listProjects"))
                .body("paths.'/api/v1/applications/{id}/select'.post.operationId", equalTo("selectApplication"))
                .body("paths.'/api/v1/calls/{id}/publish-results'.post", notNullValue())
                .body("paths.'/api/v1/programs/{id}'.put", notNullValue());
    }
}
