package kr.go.msit.standards.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kr.go.msit.standards.testsupport.Management;
import kr.go.msit.standards.testsupport.TestTokens;
import kr.go.msit.standards.testsupport.UnprotectedOperations;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PartnershipTest
class InstitutionResourceTest {

    private static io.restassured.specification.RequestSpecification asViewer() {
        return given().auth().oauth2(TestTokens.role("viewer"));
    }

    @Test
    void theLeadInstitutionsOf2025AreSeeded() {
        asViewer()
                .get("/api/v1/institutions")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("ETRI", "KRISS", "KU-SEJONG")))
                .body("items.nameKo", hasItem("한국표준과학연구원"));
        asViewer()
                .get("/api/v1/institutions/1b57c000-0000-4000-8000-000000000002")
                .then()
                .statusCode(200)
                .body("nameKo", equalTo("고려대학교 세종캠퍼스"));
    }

    @Test
    void unknownIdsAreProblems() {
        asViewer()
                .get("/api/v1/institutions/7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void healthIncludesTheDatabaseAndOpenApiIsServed() {
        Management.given()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsString("Database")));
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/institutions'.get.operationId", equalTo("listInstitutions"));
    }

    @Test
    void everyApiOperationRefusesARequestWithoutAToken() {
        UnprotectedOperations.assertNone("partnership", 40);
    }

    @Test
    void aRoleWithoutAccessIs403AndTheAuditTrailIsTheAuditors() {
        given().auth()
                .oauth2(TestTokens.subject("nobody"))
                .get("/api/v1/institutions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("auditor"))
                .get("/api/v1/audit/partnership")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.notNullValue());
        given().auth()
                .oauth2(TestTokens.role("viewer"))
                .get("/api/v1/audit/partnership")
                .then()
                .statusCode(403);
    }
}
