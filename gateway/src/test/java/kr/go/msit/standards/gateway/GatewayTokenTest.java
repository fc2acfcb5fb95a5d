package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URI root;

    /**
     * The token check reads the path the router matches: {@code //api}, {@code /%61pi} or {@code /q/../api} reach the
     * composed views as {@code /api} does, and were answered without a token (the check read the path as sent).
     */
    @Test
    void aPathSpelledAnotherWayNeedsTheTokenTheRoutedPathNeeds() throws Exception {
        for (String path : List.of("/%61pi/v1/dashboard", "//api/v1/dashboard", "/api//v1/dashboard")) {
            java.net.http.HttpResponse<String> answer = sendAsIs(path);
            assertEquals(401, answer.statusCode(), path + " " + answer.body());
            assertEquals(
                    "Bearer", answer.headers().firstValue("WWW-Authenticate").orElse(null), path);
        }
        // refused before the token check: a dot segment, and a ; that JAX-RS would drop as a matrix parameter
        for (String path : List.of(
                "/q/../api/v1/dashboard",
                "/q/%2e%2e/api/v1/dashboard",
                "/api;x=1/v1/dashboard",
                "/a%70i;/v1/dashboard")) {
            assertEquals(400, sendAsIs(path).statusCode(), path);
        }
    }

    /** GET without a token, the path exactly as written (no client resolves or re-encodes it). */
    private java.net.http.HttpResponse<String> sendAsIs(String path) throws Exception {
        java.net.URI uri = java.net.URI.create(root.getScheme() + "://" + root.getRawAuthority() + path);
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(uri)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
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
