package kr.go.msit.standards.projects;

import static io.restassured.RestAssured.given;
import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.launcher.DevTokens;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.Management;
import kr.go.msit.standards.testsupport.TestTokens;
import kr.go.msit.standards.testsupport.UnprotectedOperations;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Authentication (401), the role matrix (403) and institution scope (404) through the public API. */
@QuarkusTest
@ProjectsTest
class SecurityTest {

    private static final String KRISS_PROJECT = "a0000002-0000-4000-8000-000000000001";
    private static final String ETRI_PROJECT = "a0000002-0000-4000-8000-000000000004";

    @Test
    void everyApiOperationRefusesARequestWithoutATokenAndDeclaresTheRequirement() {
        UnprotectedOperations.assertNone("projects", 46);
    }

    @Inject
    JWTParser parser;

    /**
     * The parser every request's token goes through remembers a token it verified (platform VerifiedTokens): the same
     * answer, without a second signature check; a refused token is never remembered, and one whose expiry has come is
     * asked of the parser again.
     */
    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresAndARefusedOneNever() throws Exception {
        String token = TestTokens.role(Roles.VIEWER);
        org.junit.jupiter.api.Assertions.assertSame(parser.parse(token), parser.parse(token));
        String forged =
                token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        for (int i = 0; i < 2; i++) {
            org.junit.jupiter.api.Assertions.assertThrows(ParseException.class, () -> parser.parse(forged));
        }
        Instant issued = Instant.now().minus(Duration.ofHours(1)).plusSeconds(2);
        String expiring = TestTokens.sign(TestTokens.signer()
                .standardClaims("test-expiring", List.of(Roles.VIEWER), null, issued, Duration.ofHours(1)));
        JsonWebToken first = parser.parse(expiring);
        org.junit.jupiter.api.Assertions.assertSame(first, parser.parse(expiring));
        Thread.sleep(Math.max(0, first.getExpirationTime() * 1000 - System.currentTimeMillis()) + 1_100);
        try {
            org.junit.jupiter.api.Assertions.assertNotSame(first, parser.parse(expiring));
        } catch (ParseException refused) {
            // refused outright: the parser's clock skew is over too
        }
    }

    @Test
    void aValidTokenIsAccepted() {
        asRole(Roles.VIEWER).get("/api/v1/projects").then().statusCode(200);
    }

    @Test
    void tamperedTokensAre401Problems() throws Exception {
        Map<String, Object> expired = TestTokens.signer()
                .standardClaims(
                        "test-viewer",
                        List.of(Roles.VIEWER),
                        null,
                        Instant.now().minus(Duration.ofHours(3)),
                        Duration.ofHours(1));
        Map<String, Object> wrongIssuer = TestTokens.claims(Roles.VIEWER);
        wrongIssuer.put("iss", "https://somebody-else.example/issuer");
        Map<String, Object> noSubject = TestTokens.claims(Roles.VIEWER);
        noSubject.put("sub", "");
        noSubject.put("upn", "");
        Map<String, Object> wrongAudience = TestTokens.claims(Roles.VIEWER);
        wrongAudience.put("aud", "another-api");
        Path otherKeys = Files.createTempDirectory("other-keys");
        String otherSigner = new DevTokens(DevTokens.ensureKeyPair(otherKeys), TestTokens.ISSUER, TestTokens.AUDIENCE)
                .mint("test-viewer", List.of(Roles.VIEWER), null, Duration.ofHours(1));
        String valid = TestTokens.role(Roles.VIEWER);
        String[] parts = valid.split("\\.");
        String payloadSwapped =
                parts[0] + "." + TestTokens.role(Roles.PROGRAM_MANAGER).split("\\.")[1] + "." + parts[2];
        Map<String, String> tokens = Map.of(
                "malformed",
                "not-a-jwt",
                "three garbage parts",
                "abc.def.ghi",
                "expired",
                TestTokens.sign(expired),
                "wrong issuer",
                TestTokens.sign(wrongIssuer),
                "wrong audience",
                TestTokens.sign(wrongAudience),
                "signed by another key",
                otherSigner,
                "payload swapped under a valid signature",
                payloadSwapped,
                "alg none",
                DevTokens.unsigned(TestTokens.claims(Roles.PROGRAM_MANAGER)),
                "no subject",
                TestTokens.sign(noSubject));
        tokens.forEach((name, token) -> as(token)
                .get("/api/v1/projects")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://standards.msit.go.kr/problems/unauthenticated"))
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception"))));
        given().header("Authorization", "Basic dXNlcjpwYXNz")
                .get("/api/v1/projects")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenWithoutAnAdmittedRoleIs403Problem() {
        asRole(Roles.VIEWER)
                .body(Fixtures.program(Api.code("P"), 1000))
                .post("/api/v1/programs")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://standards.msit.go.kr/problems/forbidden"));
        as(TestTokens.subject("nobody")).get("/api/v1/projects").then().statusCode(403);
        asRole(Roles.FINANCE_OFFICER)
                .post("/api/v1/projects/" + KRISS_PROJECT + "/suspend")
                .then()
                .statusCode(403);
        asRole(Roles.AUDITOR).get("/api/v1/applications").then().statusCode(200);
        asRole(Roles.AUDITOR)
                .post("/api/v1/applications/" + UUID.randomUUID() + "/select")
                .then()
                .statusCode(403);
        asRole(Roles.VIEWER).get("/api/v1/applications").then().statusCode(403);
        asRole(Roles.INSTITUTION).get("/api/v1/calls").then().statusCode(200);
    }

    @Test
    void theRoleMatrixAdmitsEachRoleToItsOwnWork() {
        String program = Fixtures.createProgram(1_000_000_000L);
        for (String role : List.of(Roles.VIEWER, Roles.FINANCE_OFFICER, Roles.PARTNERSHIP_OFFICER, Roles.AUDITOR)) {
            asRole(role).get("/api/v1/programs/" + program).then().statusCode(200);
            asRole(role).get("/api/v1/projects/" + KRISS_PROJECT).then().statusCode(200);
            asRole(role)
                    .body(Fixtures.call(program, Api.code("C"), 1000, 1000))
                    .post("/api/v1/calls")
                    .then()
                    .statusCode(403);
        }
        asRole(Roles.PROGRAM_MANAGER)
                .body(Fixtures.call(program, Api.code("C"), 1000, 1000))
                .post("/api/v1/calls")
                .then()
                .statusCode(201);
    }

    @Test
    void anInstitutionSeesOnlyItsOwnProjects() {
        String kriss = TestTokens.institution(Fixtures.KRISS);
        as(kriss)
                .get("/api/v1/projects?size=200")
                .then()
                .statusCode(200)
                .body("items.leadInstitutionId", everyItem(equalTo(Fixtures.KRISS)))
                .body("total", greaterThanOrEqualTo(6));
        as(kriss)
                .get("/api/v1/projects?leadInstitutionId=" + Fixtures.ETRI)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(kriss).get("/api/v1/projects/" + KRISS_PROJECT).then().statusCode(200);
        as(kriss)
                .get("/api/v1/projects/" + ETRI_PROJECT)
                .then()
                .statusCode(404)
                .body("detail", equalTo("project " + ETRI_PROJECT + " does not exist"));
        as(kriss).get("/api/v1/projects/" + ETRI_PROJECT + "/reports").then().statusCode(404);
        as(kriss).get("/api/v1/projects/" + ETRI_PROJECT + "/history").then().statusCode(404);
        as(TestTokens.role(Roles.INSTITUTION))
                .get("/api/v1/projects")
                .then()
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("institution_id"));
    }

    @Test
    void anInstitutionHandlesOnlyItsOwnApplications() {
        String call = Fixtures.openCall(5_000_000_000L, 2_000_000_000L);
        String kriss = TestTokens.institution(Fixtures.KRISS);
        String etri = TestTokens.institution(Fixtures.ETRI);
        String application = krissApplication(call);
        as(etri).body(Fixtures.application(call, Fixtures.KRISS, 100_000_000L))
                .post("/api/v1/applications")
                .then()
                .statusCode(403);
        as(etri).get("/api/v1/applications/" + application).then().statusCode(404);
        as(etri).post("/api/v1/applications/" + application + "/withdraw")
                .then()
                .statusCode(404);
        as(etri).get("/api/v1/applications?callId=" + call)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(kriss)
                .get("/api/v1/applications?callId=" + call)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        as(kriss)
                .post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(kriss)
                .post("/api/v1/applications/" + application + "/check-eligibility")
                .then()
                .statusCode(403);
        json().get("/api/v1/applications/" + application).then().statusCode(200);
    }

    /**
     * A second role lifts the institution limit only where that role itself reads: ETRI + finance-officer reads
     * applications as ETRI (a finance officer reads none), so not KRISS's, in the list, one by one or in the change
     * feed; where the finance officer reads (projects), it reads them all. Before, any staff role lifted the limit
     * everywhere, and two roles added up to a power neither has (found by probing).
     */
    @Test
    void aSecondRoleLiftsTheInstitutionLimitOnlyWhereItReads() throws InterruptedException {
        String call = Fixtures.openCall(5_000_000_000L, 2_000_000_000L);
        String application = krissApplication(call);
        String pair = TestTokens.of("etri-finance", Fixtures.ETRI, Roles.INSTITUTION, Roles.FINANCE_OFFICER);
        asRole(Roles.FINANCE_OFFICER)
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(403);
        as(pair).get("/api/v1/applications/" + application).then().statusCode(404);
        as(pair).get("/api/v1/applications?callId=" + call)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // the feed shows an event once no older transaction is open: waited for as a program manager
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (json().get("/api/v1/events/projects?subject=" + application)
                        .path("items.size()")
                        .equals(0)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        json().get("/api/v1/events/projects?subject=" + application).then().body("items.size()", equalTo(1));
        as(pair).get("/api/v1/events/projects?subject=" + application)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        // KUS-2025-01, led by KRISS: a finance officer reads every project
        as(pair).get("/api/v1/projects/a0000002-0000-4000-8000-000000000001")
                .then()
                .statusCode(200);
        as(TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/projects/a0000002-0000-4000-8000-000000000001")
                .then()
                .statusCode(404);
        // and a viewer, who reads every project, with an institution reads them too (it read less than alone)
        as(TestTokens.of("etri-viewer", Fixtures.ETRI, Roles.INSTITUTION, Roles.VIEWER))
                .get("/api/v1/projects/a0000002-0000-4000-8000-000000000001")
                .then()
                .statusCode(200);
    }

    /** A draft application of KRISS to the call, made by KRISS. */
    private static String krissApplication(String call) {
        return as(TestTokens.institution(Fixtures.KRISS))
                .body(Fixtures.application(call, Fixtures.KRISS, 100_000_000L))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anIdempotencyKeyIsTheCallersOwn() {
        String key = "sec-" + UUID.randomUUID();
        String another = TestTokens.subject("another-manager", Roles.PROGRAM_MANAGER);
        Map<String, Object> body = Fixtures.program(Api.code("P"), 1000);
        String first = json().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // another caller's key of the same name is its own: no replay of the first caller's answer, and no 422 that
        // would tell it the key was taken
        Map<String, Object> othersBody = Fixtures.program(Api.code("P"), 1000);
        String second = as(another)
                .header("Idempotency-Key", key)
                .body(othersBody)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("id", not(equalTo(first)))
                .extract()
                .path("id");
        // and each one's retry gets its own answer back
        as(another)
                .header("Idempotency-Key", key)
                .body(othersBody)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(second));
        json().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void healthAndTheOpenApiDocumentStayOpen() {
        Management.given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        Management.given()
                .header("Authorization", "Bearer not-a-jwt")
                .get("/q/health/live")
                .then()
                .statusCode(200);
        asRole(Roles.VIEWER).get("/api/v1/programs").then().statusCode(200).body("items.code", hasItem("KUS"));
    }
}
