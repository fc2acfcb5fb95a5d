package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.Management;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Small limits in an application of its own: 3 requests at once per caller, 12 per address, refilling slowly; 2
 * requests in the gateway at once per caller. The test's own address is a trusted proxy (an ingress).
 */
@QuarkusTest
@WithTestResource(JwtTestResource.class)
@TestProfile(RateLimitTest.SmallLimits.class)
@WithTestResource(StubServices.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.rate-limit.caller-per-second",
                    "0.05",
                    "gateway.rate-limit.caller-burst",
                    "3",
                    "gateway.rate-limit.address-per-second",
                    "0.05",
                    "gateway.rate-limit.address-burst",
                    "12",
                    "gateway.rate-limit.caller-concurrency",
                    "2",
                    // the tests' own connections come as from an ingress
                    "gateway.rate-limit.trusted-proxies",
                    "127.0.0.1,::1");
        }
    }

    private static String token(String subject) {
        return "Bearer " + TestTokens.subject(subject, "viewer");
    }

    /** A token naming {@code subject} that nobody signed: what anyone can make. */
    private static String forged(String subject) {
        Map<String, Object> claims = TestTokens.claims("viewer");
        claims.put("sub", subject);
        String signed = TestTokens.sign(claims);
        return "Bearer " + signed.substring(0, signed.lastIndexOf('.') + 1) + "forged-signature";
    }

    @Test
    void aCallerBeyondItsLimitGets429WithRetryAfterWhileOthersPassAndForgedTokensCannotSpendIt() throws Exception {
        // two requests of carol's that last (the stub's answer takes 3 s) are as many as she may have at once
        String carol = token("carol");
        // RestAssured's first request in a JVM takes a while to set up; made here, it cannot delay carol's two past
        // the third below, which then found only one of them in the gateway
        Management.given().get("/q/health/live").then().statusCode(200);
        // a thread each: the common pool has one thread on two CPUs, and would send them one after the other
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.List<java.util.concurrent.CompletableFuture<Integer>> lasting = java.util.stream.Stream.of(1, 2)
                .map(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> given().header("Authorization", carol)
                                .get("/api/v1/applications")
                                .statusCode(),
                        two))
                .toList();
        two.shutdown();
        Thread.sleep(1000);
        given().header("Authorization", carol)
                .get("/api/v1/projects/1")
                .then()
                .statusCode(429)
                .header("Retry-After", "1")
                .body("detail", org.hamcrest.Matchers.containsString("at once"));
        for (java.util.concurrent.CompletableFuture<Integer> request : lasting) {
            assertEquals(200, request.get(20, java.util.concurrent.TimeUnit.SECONDS));
        }
        // forged tokens naming alice are refused and take nothing from alice's allowance
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", forged("alice"))
                    .get("/api/v1/projects/1")
                    .then()
                    .statusCode(401);
        }
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token("alice"))
                    .get("/api/v1/projects/1")
                    .then()
                    .statusCode(200);
        }
        given().header("Authorization", token("alice"))
                .header("X-Request-ID", "rl-1")
                .get("/api/v1/projects/1")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                // one token every 20 s: at most 20 s to wait, less if the three requests took a while
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("1[0-9]|20"))
                .body("status", equalTo(429))
                .body("requestId", equalTo("rl-1"))
                .body("type", equalTo("https://standards.msit.go.kr/problems/rate-limited"));
        String bob = token("bob");
        given().header("Authorization", bob).get("/api/v1/projects/1").then().statusCode(200);
        Management.given().get("/q/health/live").then().statusCode(200);
        // the address bucket (12) runs before the token check, for every request but those whose token was
        // verified already: a client flooding with forged tokens (or none) uses it up...
        int refused = 0;
        for (int i = 0; i < 20 && refused == 0; i++) {
            if (given().header("Authorization", forged("mallory-" + i))
                            .get("/api/v1/projects/1")
                            .statusCode()
                    == 429) {
                refused = i;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(refused > 0, "the address limit was never reached");
        // ... and the next request from this address with a token that does not verify is refused...
        given().header("Authorization", forged("mallory-again"))
                .get("/api/v1/projects/1")
                .then()
                .statusCode(429)
                .body("detail", org.hamcrest.Matchers.containsString("client address"));
        // the OpenAPI document (over a megabyte, no token needed) counts against the address too
        given().get("/q/openapi").then().statusCode(429).contentType("application/problem+json");
        // but a caller already known, behind the same address (an ingress), is not locked out by that client
        given().header("Authorization", bob).get("/api/v1/projects/1").then().statusCode(200);
        // nor one whose token the gateway has never seen (a token just issued or refreshed): it is verified, and
        // counts against its caller's own limit (before, it was refused with the flood)
        given().header("Authorization", token("someone-new"))
                .get("/api/v1/projects/1")
                .then()
                .statusCode(200);
        // each refusal is counted by its reason, not written to the log at line rate
        org.junit.jupiter.api.Assertions.assertTrue(
                Management.given()
                        .get("/q/metrics")
                        .asString()
                        .matches("(?s).*kus_gateway_refusals_total\\{reason=\"address-limit\"} [1-9].*"),
                "no address-limit refusals counted");
        // refused before routing (401, 429), yet tagged by the resource, never by the id
        String metrics = Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                metrics.matches("(?s).*status=\"429\",uri=\"/api/v1/projects/\\{path}\".*")
                        || metrics.matches("(?s).*uri=\"/api/v1/projects/\\{path}\"[^\n]*status=\"429\".*"),
                metrics);
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("uri=\"/api/v1/projects/1\""), metrics);
    }

    @Test
    void behindATrustedIngressEachClientHasAnAddressLimitOfItsOwn() {
        // a client behind the ingress floods with forged tokens until its address limit (12) is used up
        int refused = 0;
        for (int i = 0; i < 20 && refused == 0; i++) {
            if (given().header("Authorization", forged("mallory-behind-" + i))
                            .header("X-Forwarded-For", "198.51.100.1")
                            .get("/api/v1/projects/1")
                            .statusCode()
                    == 429) {
                refused = i + 1;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(refused > 0, "the address limit was never reached");
        // naming another address itself does not help it: the ingress appends the address it saw, which counts
        given().header("Authorization", forged("mallory-real"))
                .header("X-Forwarded-For", "203.0.113.7, 198.51.100.1")
                .get("/api/v1/projects/1")
                .then()
                .statusCode(429)
                .body("detail", org.hamcrest.Matchers.containsString("client address"));
        // another client behind the same ingress, whose token the gateway has not seen yet, is not locked out
        given().header("Authorization", token("dora-new"))
                .header("X-Forwarded-For", "198.51.100.2")
                .get("/api/v1/projects/1")
                .then()
                .statusCode(200);
    }
}
