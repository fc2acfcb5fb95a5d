package kr.go.msit.standards.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway's routing against the real services: what the services do with each header the gateway must pass on
 * (Authorization, Idempotency-Key, If-Match, X-Request-ID) shows that it reached them, and what comes back (status,
 * problem bodies, ETag, Location) shows that it passed through unchanged.
 */
class GatewayRoutingSystemTest {

    static final String KUS_2025_05_ALLOCATION = "a1100000-0000-4000-8000-000000000005";

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void headersReachTheServicesAndTheirAnswersComeBackUnchanged() throws Exception {
        RunningSystem system = RunningSystem.get();

        // Authorization: without it the service refuses, and its problem passes through
        given().baseUri(system.gateway)
                .get("/api/v1/projects")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        // X-Request-ID: the service writes it into its own problem body; the query string reaches it too
        String requestId = "routing-" + UUID.randomUUID();
        system.as("router", "program-manager")
                .header("X-Request-ID", requestId)
                .get("/api/v1/projects/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-ID", requestId)
                .body("requestId", equalTo(requestId));
        system.as("router", "program-manager")
                .get("/api/v1/projects?status=ACTIVE&size=2")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("size", equalTo(2));

        String line = system.budgetLine("router-maker", KUS_2025_05_ALLOCATION, 2026, 100_000_000L);

        // Idempotency-Key: the second request with the same key is a replay of the first, not a second disbursement
        String key = "routing-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("lineId", line, "amountKrw", 1_000_000L, "purpose", "라우팅 시험");
        Response created = system.as("router-maker", "finance-officer")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/disbursements");
        created.then().statusCode(201).header("Location", startsWith("/api/v1/disbursements/"));
        String id = created.path("id");
        system.as("router-maker", "finance-officer")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/disbursements")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));

        // If-Match: a stale version is refused by the service, the current one (its ETag, passed back) is accepted
        String etag = system.as("router-checker", "finance-officer")
                .get("/api/v1/disbursements/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        system.as("router-checker", "finance-officer")
                .header("If-Match", "\"999\"")
                .body(Map.of())
                .post("/api/v1/disbursements/" + id + "/approve")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        system.as("router-checker", "finance-officer")
                .header("If-Match", etag)
                .body(Map.of())
                .post("/api/v1/disbursements/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo("router-checker"));

        int disbursements = system.as("router-maker", "finance-officer")
                .get("/api/v1/disbursements?lineId=" + line)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        assertEquals(1, disbursements, "one disbursement for one key");
    }
}
