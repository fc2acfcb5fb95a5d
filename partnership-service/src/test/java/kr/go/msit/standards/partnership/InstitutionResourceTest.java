package kr.go.msit.standards.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kr.go.msit.standards.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partnership"))
class InstitutionResourceTest {

    @Test
    void theLeadInstitutionsOf2025AreSeeded() {
        given().get("/api/v1/institutions").then().statusCode(200)
                .body("items.code", equalTo(List.of("ETRI", "KRISS", "KU-SEJONG")))
                .body("items.nameKo", hasItem("한국표준과학연구원"));
        given().get("/api/v1/institutions/1b57c000-0000-4000-8000-000000000002").then().statusCode(200)
                .body("nameKo", equalTo("고려대학교 세종캠퍼스"));
    }

    @Test
    void unknownIdsAreProblems() {
        given().get("/api/v1/institutions/7d0f3f4e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void healthIncludesTheDatabaseAndOpenApiIsServed() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem(org.hamcrest.Matchers.containsString("Database")));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/institutions'.get.operationId", equalTo("listInstitutions"));
    }
}
