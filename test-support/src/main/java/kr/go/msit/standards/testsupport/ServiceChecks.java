package kr.go.msit.standards.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** What every service with a database answers alike: its health, its document and who reads its audit trail. */
public final class ServiceChecks {

    private ServiceChecks() {}

    /** Ready, with a check of its database, and live, on the management port. */
    public static void readyWithItsDatabase() {
        Management.given()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem(containsString("Database")));
        Management.given().get("/q/health/live").then().statusCode(200);
    }

    /** The service's own OpenAPI document is served on its public port and names the list at {@code path}. */
    public static void documentNamesTheList(String path, String operationId) {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'" + path + "'.get.operationId", equalTo(operationId));
    }

    /**
     * A caller without a role is 403 (problem+json) on the list at {@code path}; the service's audit trail
     * ({@code /api/v1/audit/SERVICE}) is the auditor's and not a viewer's.
     */
    public static void auditTrailIsTheAuditors(String service, String path) {
        given().auth()
                .oauth2(TestTokens.subject("nobody"))
                .get(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("auditor"))
                .get("/api/v1/audit/" + service)
                .then()
                .statusCode(200)
                .body("items", notNullValue());
        given().auth()
                .oauth2(TestTokens.role("viewer"))
                .get("/api/v1/audit/" + service)
                .then()
                .statusCode(403);
    }
}
