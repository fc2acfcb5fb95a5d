package kr.go.msit.standards.projects;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.projects.Fixtures.program;
import static kr.go.msit.standards.testsupport.Api.code;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.IdempotencyRetention;
import kr.go.msit.standards.testsupport.AtOnce;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on create endpoints, through the API, against real PostgreSQL. */
@QuarkusTest
@ProjectsTest
class IdempotencyTest {

    @Inject
    EntityManager em;

    @Inject
    IdempotencyRetention retention;

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        var body = program(code("IDEM"), 2_000_000_000L);
        Response first = json().header("Idempotency-Key", key).body(body).post("/api/v1/programs");
        first.then().statusCode(201);
        Response second = json().header("Idempotency-Key", key).body(body).post("/api/v1/programs");
        second.then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .header("Content-Type", equalTo(first.header("Content-Type")))
                .body("id", equalTo(first.path("id")));
        assertEquals(first.asString(), second.asString(), "the replayed body is the original body");
        assertEquals(1L, count("SELECT count(*) FROM program WHERE code = '" + body.get("code") + "'"));
        assertEquals(
                1L,
                count("SELECT count(*) FROM idempotency_key WHERE idempotency_key = '" + key
                        + "' AND response_status = 201"),
                "the key is kept in the service's database");
    }

    @Test
    void aRetryThatSpellsThePathAnotherWayIsTheSameRequest() {
        String key = UUID.randomUUID().toString();
        var body = program(code("PATH"), 5L);
        json().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
        json().urlEncodingEnabled(false)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/%61pi/v1/programs")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        // a trailing slash is the same operation, and so the same request (it was 422 idempotency-key-reuse)
        json().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/programs/")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
    }

    @Test
    void fieldOrderDoesNotMakeADifferentRequest() {
        String key = UUID.randomUUID().toString();
        String programCode = code("ORD");
        String a = "{\"code\":\"" + programCode + "\",\"nameKo\":\"가\",\"nameEn\":\"a\",\"ministryKo\":\"가\","
                + "\"ministryEn\":\"a\",\"partnerAgencies\":[\"NIST\"],\"startYear\":2025,\"endYear\":2029,\"envelopeKrw\":5}";
        String b = "{\"envelopeKrw\":5,\"endYear\":2029,\"startYear\":2025,\"partnerAgencies\":[\"NIST\"],"
                + "\"ministryEn\":\"a\",\"ministryKo\":\"가\",\"nameEn\":\"a\",\"nameKo\":\"가\",\"code\":\""
                + programCode + "\"}";
        json().header("Idempotency-Key", key)
                .body(a)
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
        json().header("Idempotency-Key", key)
                .body(b)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
    }

    /**
     * A person moved to another institution keeps their subject: a key of before, sent with the new institution's
     * token, was replayed the first institution's record (found by probing). It is another request now.
     */
    @Test
    void theSameSubjectsKeyFromAnotherInstitutionIsNoReplay() {
        String key = UUID.randomUUID().toString();
        String subject = "moved-" + UUID.randomUUID().toString().substring(0, 8);
        // a publication of KUS-2025-01, KRISS's project
        var body = java.util.Map.of(
                "projectId",
                "a0000002-0000-4000-8000-000000000001",
                "kind",
                "TECHNICAL_REPORT",
                "title",
                "Moved",
                "venue",
                "NIST Technical Note",
                "publishedOn",
                "2026-03-03",
                "nistCoAuthors",
                List.of("Jane Doe"));
        kr.go.msit.standards.testsupport.Api.as(
                        kr.go.msit.standards.testsupport.TestTokens.of(subject, Fixtures.KRISS, "institution"))
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/publications")
                .then()
                .statusCode(201);
        kr.go.msit.standards.testsupport.Api.as(
                        kr.go.msit.standards.testsupport.TestTokens.of(subject, Fixtures.ETRI, "institution"))
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/publications")
                .then()
                .statusCode(422)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .body("rule", equalTo("idempotency-key-reuse"));
    }

    /**
     * A key is printable ASCII, as the document's pattern says, and one header holds it: a key with "é" was taken
     * (255 Hangul were "longer than 255 characters", counted in bytes), and of two headers the first was taken without
     * a word (found by probing). Nothing is created.
     */
    @Test
    void aKeyIsOneHeaderOfPrintableAscii() {
        String programCode = code("KEY");
        json().header("Idempotency-Key", "clé-" + UUID.randomUUID())
                .body(program(programCode, 1L))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("detail", equalTo("Idempotency-Key must be 1 to 255 printable ASCII characters, not all spaces"));
        json().header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(program(programCode, 1L))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("detail", equalTo("Send one Idempotency-Key header, not several"));
        json().get("/api/v1/programs?size=200").then().body("items.code", not(hasItem(programCode)));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        json().header("Idempotency-Key", key)
                .body(program(code("IDEM"), 1L))
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
        json().header("Idempotency-Key", key)
                .body(program(code("IDEM"), 1L))
                .post("/api/v1/programs")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("idempotency-key-reuse"));
    }

    @Test
    void aFailedRequestStoresNothingSoARetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        var body = program(code("IDEM"), 1L);
        body.put("startYear", 2030);
        body.put("endYear", 2029);
        json().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(422);
        assertEquals(0L, count("SELECT count(*) FROM idempotency_key WHERE idempotency_key = '" + key + "'"));
        body.put("startYear", 2025);
        json().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
    }

    @Test
    void aKeyStoredBeforeKeysHadOwnersStillReplaysToItsCaller() {
        String key = UUID.randomUUID().toString();
        var body = program(code("OLD"), 1L);
        Response first = json().header("Idempotency-Key", key).body(body).post("/api/v1/programs");
        first.then().statusCode(201);
        // as platform migration V0_6 leaves the rows written before it: owned by no one
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE idempotency_key SET owner_subject = '' WHERE idempotency_key = :key")
                        .setParameter("key", key)
                        .executeUpdate());
        json().header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertEquals(1L, count("SELECT count(*) FROM program WHERE code = '" + body.get("code") + "'"));
    }

    @Test
    void keysOlderThanTheRetentionAreRemoved() {
        String key = UUID.randomUUID().toString();
        json().header("Idempotency-Key", key)
                .body(program(code("RET"), 1L))
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE idempotency_key SET created_at = now() - interval '31 days' WHERE idempotency_key = :key")
                        .setParameter("key", key)
                        .executeUpdate());
        retention.prune();
        assertEquals(0L, count("SELECT count(*) FROM idempotency_key WHERE idempotency_key = '" + key + "'"));
    }

    @Test
    void anOverlongKeyIs400() {
        json().header("Idempotency-Key", "k".repeat(256))
                .body(program(code("IDEM"), 1L))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        var body = program(code("RACE"), 3_000_000_000L);
        List<String> ids = new ArrayList<>();
        for (Response r : AtOnce.times(
                12, () -> json().header("Idempotency-Key", key).body(body).post("/api/v1/programs"))) {
            assertEquals(201, r.statusCode(), r.asString());
            ids.add(r.path("id"));
        }
        assertEquals(1, ids.stream().distinct().count(), "every caller got the same record");
        assertEquals(1L, count("SELECT count(*) FROM program WHERE code = '" + body.get("code") + "'"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
