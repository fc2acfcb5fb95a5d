package kr.go.msit.standards.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import kr.go.msit.standards.testsupport.ServiceChecks;
import kr.go.msit.standards.testsupport.TestTokens;
import kr.go.msit.standards.testsupport.UnprotectedOperations;
import org.junit.jupiter.api.Test;

@QuarkusTest
@FundingTest
class BudgetResourceTest {

    private static io.restassured.specification.RequestSpecification asViewer() {
        return given().auth().oauth2(TestTokens.role("viewer"));
    }

    @Test
    void theProgramEnvelopeIsSeeded() {
        asViewer()
                .get("/api/v1/budgets")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].envelopeKrw", equalTo(37_500_000_000L))
                .body("items[0].firstYear", equalTo(2025))
                .body("items[0].lastYear", equalTo(2029));
        asViewer()
                .get("/api/v1/budgets/b0000000-0000-4000-8000-000000002025")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("programCode", equalTo("KUS"));
    }

    @Test
    void unknownIdsAndBadParametersAreProblems() {
        asViewer()
                .get("/api/v1/budgets/7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asViewer().get("/api/v1/budgets?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void healthIncludesTheDatabaseAndOpenApiIsServed() {
        ServiceChecks.readyWithItsDatabase();
        ServiceChecks.documentNamesTheList("/api/v1/budgets", "listBudgets");
    }

    @Test
    void everyApiOperationRefusesARequestWithoutAToken() {
        UnprotectedOperations.assertNone("funding", 18);
    }

    @Test
    void aRoleWithoutAccessIs403AndTheAuditTrailIsTheAuditors() {
        ServiceChecks.auditTrailIsTheAuditors("funding", "/api/v1/budgets");
    }
}
