package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.launcher.DevTokens;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.Management;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway verifies every {@code /api} token itself (signature, expiry, issuer, audience) before any route, the
 * composed views included: a bad one is 401 problem+json with {@code WWW-Authenticate: Bearer} and never reaches a
 * service; a verified token is remembered, a refused one never.
 */
@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(StubServices.class)
class GatewayTokenTest {

    private static final String PROBLEM = "application/problem+json";

    private static void refused(String authorization, String path) {
        var request = given();
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        request.get(path)
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://standards.msit.go.kr/problems/unauthenticated"));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyRouteNeedsAValidTokenTheComposedViewsToo() {
        for (String path : List.of(
                "/api/v1/projects/1", "/api/v1/dashboard", "/api/v1/dossiers/7d0f3f4e-0000-4000-8000-000000000000")) {
            refused(null, path);
            refused("Bearer not-a-jwt", path);
            refused("Basic dXNlcjpwYXNz", path);
        }
        given().header("Authorization", "Bearer " + TestTokens.role("viewer"))
                .get("/api/v1/projects/1")
                .then()
                .statusCode(200)
                .body("path", equalTo("/api/v1/projects/1"));
        // documents and health stay open
        given().get("/q/openapi").then().statusCode(200);
        Management.given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void anOptionsThatOnlyLooksLikeAPreflightNeedsATokenToo() {
        // no Origin: not a browser's preflight, which the CORS filter answers; it was passed to the service unchecked
        given().header("Access-Control-Request-Method", "POST")
                .options("/api/v1/projects/1")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
        // a preflight with an Origin is answered by the CORS filter, without a token, and never reaches a service
        given().header("Origin", "https://frontend.test.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/projects/1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://frontend.test.example");
    }

    @Test
    void forgedExpiredForeignAndUnsignedTokensAreRefused() throws Exception {
        Map<String, Object> expired = TestTokens.claims("viewer");
        expired.put("exp", Instant.now().minusSeconds(60).getEpochSecond());
        refused("Bearer " + TestTokens.sign(expired), "/api/v1/projects/1");

        Map<String, Object> otherIssuer = TestTokens.claims("viewer");
        otherIssuer.put("iss", "https://evil.example/issuer");
        refused("Bearer " + TestTokens.sign(otherIssuer), "/api/v1/projects/1");

        Map<String, Object> otherAudience = TestTokens.claims("viewer");
        otherAudience.put("aud", "another-api");
        refused("Bearer " + TestTokens.sign(otherAudience), "/api/v1/projects/1");

        Path keys = Files.createTempDirectory("other-key");
        DevTokens stranger = new DevTokens(DevTokens.ensureKeyPair(keys), TestTokens.ISSUER, TestTokens.AUDIENCE);
        refused(
                "Bearer " + stranger.mint("test-viewer", List.of("viewer"), null, Duration.ofHours(1)),
                "/api/v1/projects/1");

        String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + base64("{\"sub\":\"test-viewer\",\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\""
                        + TestTokens.AUDIENCE + "\",\"exp\":" + (Instant.now().getEpochSecond() + 3600)
                        + ",\"groups\":[\"viewer\"]}")
                + ".";
        refused("Bearer " + none, "/api/v1/projects/1");
    }

    @Test
    void theCacheOfVerifiedTokensNeverAdmitsAForgedOne() {
        String valid = TestTokens.subject("cache-user", "viewer");
        given().header("Authorization", "Bearer " + valid)
                .get("/api/v1/projects/1")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + valid)
                .get("/api/v1/projects/1")
                .then()
                .statusCode(200);
        // the same header and payload with another signature, and the same signature with another payload
        String[] parts = valid.split("\\.");
        refused("Bearer " + parts[0] + "." + parts[1] + ".AAAA" + parts[2].substring(4), "/api/v1/projects/1");
        String otherPayload = base64("{\"sub\":\"cache-user\",\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\""
                + TestTokens.AUDIENCE + "\",\"exp\":" + (Instant.now().getEpochSecond() + 3600)
                + ",\"groups\":[\"auditor\"]}");
        refused("Bearer " + parts[0] + "." + otherPayload + "." + parts[2], "/api/v1/projects/1");
    }
}
