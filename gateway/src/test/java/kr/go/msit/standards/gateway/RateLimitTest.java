package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small limits in an application of its own: 3 requests at once per caller, 6 per address, refilling slowly. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
@WithTestResource(StubServices.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.caller-per-second", "0.05", "gateway.rate-limit.caller-burst", "3",
                    "gateway.rate-limit.address-per-second", "0.05", "gateway.rate-limit.address-burst", "6");
        }
    }

    private static String token(String subject) {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + subject + "\"}").getBytes(StandardCharsets.UTF_8));
        return "Bearer eyJhbGciOiJSUzI1NiJ9." + payload + ".sig";
    }

    @Test
    void aCallerBeyondItsLimitGets429WithRetryAfterWhileOthersPass() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token("alice")).get("/api/v1/projects/1").then().statusCode(200);
        }
        given().header("Authorization", token("alice")).header("X-Request-ID", "rl-1").get("/api/v1/projects/1").then()
                .statusCode(429).contentType("application/problem+json")
                // one token every 20 s: at most 20 s to wait, less if the three requests took a while
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("1[0-9]|20"))
                .body("status", equalTo(429)).body("requestId", equalTo("rl-1"))
                .body("type", equalTo("https://standards.msit.go.kr/problems/rate-limited"));
        given().header("Authorization", token("bob")).get("/api/v1/projects/1").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        // the address bucket (6) is the upper bound for a client that invents subjects
        for (int i = 0; i < 4; i++) {
            given().header("Authorization", token("mallory-" + i)).get("/api/v1/projects/1");
        }
        given().header("Authorization", token("someone-new")).get("/api/v1/projects/1").then().statusCode(429)
                .body("detail", org.hamcrest.Matchers.containsString("client address"));
    }
}
