package kr.go.msit.standards.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.go.msit.standards.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class BudgetResourceTest {

    @Test
    void theProgramEnvelopeIsSeeded() {
        given().get("/api/v1/budgets").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].envelopeKrw", equalTo(37_500_000_000L))
                .body("items[0].firstYear", equalTo(2025)).body("items[0].lastYear", equalTo(2029));
        given().get("/api/v1/budgets/b0000000-0000-4000-8000-000000002025").then().statusCode(200)
                .header("ETag", notNullValue()).body("programCode", equalTo("KUS"));
    }

    @Test
    void unknownIdsAndBadParametersAreProblems() {
        given().get("/api/v1/budgets/7d0f3f4e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/budgets?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void healthIncludesTheDatabaseAndOpenApiIsServed() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem(org.hamcrest.Matchers.containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/budgets'.get.operationId", equalTo("listBudgets"));
    }
}
