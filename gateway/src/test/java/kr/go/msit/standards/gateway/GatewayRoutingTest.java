package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubServices.class)
class GatewayRoutingTest {

    @Test
    void getsPassThroughWithStatusHeadersBodyAndQuery() {
        given().urlEncodingEnabled(false).get("/api/v1/projects/42?status=ACTIVE&q=%EA%B4%91%EC%8B%9C%EA%B3%84").then().statusCode(200)
                .header("X-Upstream", "projects-stub").header("ETag", "\"7\"")
                .body("method", equalTo("GET")).body("path", equalTo("/api/v1/projects/42"))
                .body("query", equalTo("status=ACTIVE&q=%EA%B4%91%EC%8B%9C%EA%B3%84"));
    }

    @Test
    void writesCarryTheirBodyAndTheHeadersServicesNeed() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer abc")
                .header("Idempotency-Key", "key-1").header("If-Match", "\"3\"").header("X-Request-ID", "req-77")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .body("{\"titleKo\":\"광시계\"}")
                .post("/api/v1/projects").then().statusCode(201)
                .header("X-Request-ID", "req-77")
                .body("method", equalTo("POST")).body("body", equalTo("{'titleKo':'광시계'}"))
                .body("headers.authorization", equalTo("Bearer abc"))
                .body("headers.idempotency-key", equalTo("key-1"))
                .body("headers.if-match", equalTo("'3'"))
                .body("headers.x-request-id", equalTo("req-77"))
                .body("headers.traceparent", startsWith("00-0af7651916cd43dd8448eb211c80319c"));
    }

    @Test
    void locationPointsAtTheGateway() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/projects").then().statusCode(201)
                .header("Location", startsWith("http://localhost:"))
                .header("Location", containsString("/api/v1/projects/abc?x=1"));
    }

    @Test
    void problemsFromServicesPassUnchanged() {
        given().post("/api/v1/programs/1/close").then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("CLOSED"));
    }

    @Test
    void anUnknownResourceIs404Problem() {
        given().get("/api/v1/unicorns").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownIs503NamingIt() {
        given().header("X-Request-ID", "down-1").get("/api/v1/budgets").then().statusCode(503)
                .contentType("application/problem+json").body("dependency", equalTo("funding-service"))
                .body("requestId", equalTo("down-1")).body("instance", equalTo("/api/v1/budgets"));
    }

    @Test
    void aServiceThatIsSlowIs504WithinTheTimeout() {
        long started = System.nanoTime();
        given().get("/api/v1/institutions").then().statusCode(504).contentType("application/problem+json")
                .body("dependency", equalTo("partnership-service"));
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - started) / 1_000_000L, lessThan(2500L));
    }

    @Test
    void aServiceWhoseBodyTricklesIs504WithinTheTimeoutToo() {
        // headers at once, the body over 3 s: the timeout (500 ms here) bounds the whole answer, not the headers
        long started = System.nanoTime();
        given().get("/api/v1/workshops").then().statusCode(504).contentType("application/problem+json")
                .body("dependency", equalTo("partnership-service"));
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - started) / 1_000_000L, lessThan(2500L));
    }

    @Test
    void auditTrailsAreRoutedByTheirSecondSegment() {
        given().get("/api/v1/audit/projects?actor=someone").then().statusCode(200)
                .body("path", equalTo("/api/v1/audit/projects")).body("query", equalTo("actor=someone"));
        given().get("/api/v1/audit/funding").then().statusCode(503).body("dependency", equalTo("funding-service"));
        given().get("/api/v1/audit").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/audit/nobody").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void corsAdmitsTheConfiguredFrontendOriginOnly() {
        given().header("Origin", "https://frontend.test.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,idempotency-key,content-type")
                .options("/api/v1/projects").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://frontend.test.example")
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        given().header("Origin", "https://frontend.test.example").get("/api/v1/projects/1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://frontend.test.example")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/projects").then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aDownServicesCircuitOpensWhileOtherRoutesKeepWorking() {
        boolean open = false;
        for (int i = 0; i < 8 && !open; i++) {
            String detail = given().get("/api/v1/disbursements").then().statusCode(503)
                    .body("dependency", equalTo("funding-service")).extract().path("detail");
            open = detail.contains("circuit open");
        }
        org.junit.jupiter.api.Assertions.assertTrue(open, "funding-service's circuit should open");
        given().get("/api/v1/projects/1").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString().replace(",}", "}");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("kus_gateway_circuit_open{service=\"funding-service\"} 1.0"), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("kus_gateway_circuit_open{service=\"projects-service\"} 0.0"), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds_count"));
    }

    @Test
    void oneServiceDownLeavesTheGatewayReadyAndSaysWhichLivenessIgnoresThem() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("services")));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data.'funding-service'", equalTo("DOWN (cannot be reached)"))
                .body("checks.find { it.name == 'services' }.data.'projects-service'", equalTo("UP"));
    }
}
