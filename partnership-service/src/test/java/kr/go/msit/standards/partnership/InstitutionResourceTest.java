package kr.go.msit.standards.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kr.go.msit.standards.testsupport.ServiceChecks;
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
        ServiceChecks.readyWithItsDatabase();
        ServiceChecks.documentNamesTheList("/api/v1/institutions", "listInstitutions");
    }

    @Test
    void everyApiOperationRefusesARequestWithoutAToken() {
        UnprotectedOperations.assertNone("partnership", 40);
    }

    @Test
    void aRoleWithoutAccessIs403AndTheAuditTrailIsTheAuditors() {
        ServiceChecks.auditTrailIsTheAuditors("partnership", "/api/v1/institutions");
    }
}
