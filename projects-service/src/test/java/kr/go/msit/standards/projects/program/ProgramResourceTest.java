package kr.go.msit.standards.projects.program;

import static io.restassured.RestAssured.given;
import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.projects.Fixtures.program;
import static kr.go.msit.standards.testsupport.Api.code;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ProjectsTest
class ProgramResourceTest {

    @Inject
    EntityManager em;

    @Test
    void the2025ProgramIsSeededWithThePressReleaseFacts() {
        json().get("/api/v1/programs/" + Fixtures.PROGRAM_2025)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("code", equalTo("KUS"))
                .body("nameKo", equalTo("한미 전략기술 선행 표준화 사업"))
                .body("nameEn", equalTo("Korea–US Strategic Technology Preemptive Standardization Program"))
                .body("ministryKo", equalTo("과학기술정보통신부"))
                .body("divisionKo", containsString("미주아시아협력담당관"))
                .body("partnerAgencies", equalTo(java.util.List.of("NIST")))
                .body("startYear", equalTo(2025))
                .body("endYear", equalTo(2029))
                .body("envelopeKrw", equalTo(37_500_000_000L));
    }

    @Test
    void createsReadsListsAndUpdatesAProgramInKorean() {
        String programCode = code("DOE");
        var body = program(programCode, 5_000_000_000L);
        body.put("partnerAgencies", java.util.List.of("DOE", "NSF"));
        String id = json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/programs/"))
                .header("ETag", equalTo("\"0\""))
                .body("nameKo", equalTo("시험 사업 " + programCode))
                .body("partnerAgencies", equalTo(java.util.List.of("DOE", "NSF")))
                .extract()
                .path("id");
        json().get("/api/v1/programs?size=200")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(programCode))
                .body("page", equalTo(0))
                .body("size", equalTo(200));

        body.put("nameKo", "에너지부 협력 사업");
        json().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/programs/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("nameKo", equalTo("에너지부 협력 사업"));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        var body = program(code("P"), 1_000_000_000L);
        String id = json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        body.put("nameEn", "first change");
        json().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/programs/" + id)
                .then()
                .statusCode(200);
        body.put("nameEn", "lost update");
        json().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/programs/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("currentETag", equalTo("\"1\""));
        json().get("/api/v1/programs/" + id).then().body("nameEn", equalTo("first change"));
    }

    @Test
    void aDuplicateCodeIs409() {
        var body = program(code("P"), 1_000_000_000L);
        json().body(body).post("/api/v1/programs").then().statusCode(201);
        json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", notNullValue());
    }

    @Test
    void anAgencyCodeHasOneShapeWhereverItIsNamed() {
        // partnership-service registers agencies with codes such as KR-NIST (dashes and leading digits allowed):
        // a program may partner with one
        var body = program(code("P"), 1_000_000_000L);
        body.put("partnerAgencies", List.of("KR-NIST", "3GPP"));
        String program = json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // and a call's qualifying agencies are held to the same shape (a lower-case code is malformed, not unknown)
        Map<String, Object> call = Fixtures.call(program, code("C"), 500_000_000L, 100_000_000L);
        call.put("qualifyingAgencies", List.of("kr-nist"));
        json().body(call)
                .post("/api/v1/calls")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(containsString("qualifyingAgencies")));
    }

    @Test
    void validationErrorsListEveryField() {
        json().body(Map.of("code", "lower case", "envelopeKrw", -5))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("/validation"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("nameKo"))
                .body("errors.field", hasItem("envelopeKrw"))
                .body("errors.field", hasItem("partnerAgencies"))
                .body("instance", equalTo("/api/v1/programs"))
                .body("requestId", notNullValue());
    }

    @Test
    void malformedJsonIs400Problem() {
        json().body("{\"code\": \"X\", ")
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("malformed-json"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aMissingBodyIs400() {
        json().post("/api/v1/programs").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongTypesUnknownFieldsAndOverflowingMoneyAre400WithTheField() {
        var wrongType = program(code("P"), 1L);
        wrongType.put("startYear", "two thousand");
        json().body(wrongType)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startYear"));

        var unknown = program(code("P"), 1L);
        unknown.put("budgetKrw", 5);
        json().body(unknown)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("budgetKrw"))
                .body("errors[0].message", equalTo("unknown field"));

        String overflow =
                "{\"code\":\"OVF\",\"nameKo\":\"가\",\"nameEn\":\"a\",\"ministryKo\":\"가\",\"ministryEn\":\"a\","
                        + "\"partnerAgencies\":[\"NIST\"],\"startYear\":2025,\"endYear\":2029,"
                        + "\"envelopeKrw\":99999999999999999999999}";
        json().body(overflow)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("envelopeKrw"))
                .body("errors.message", hasItem("number out of range"));

        var tooBig = program(code("P"), 1L);
        tooBig.put("envelopeKrw", 1_000_000_000_000_000_001L);
        json().body(tooBig)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("envelopeKrw"));

        var fractional = program(code("P"), 1L);
        fractional.put("envelopeKrw", 1.5);
        json().body(fractional).post("/api/v1/programs").then().statusCode(400);

        // and the other way round: a number or a boolean is no string
        for (Object notAString : java.util.List.of(123, 1.5, true)) {
            var scalar = program(code("P"), 1L);
            scalar.put("nameKo", notAString);
            json().body(scalar)
                    .post("/api/v1/programs")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("nameKo"))
                    .body("errors.message", hasItem("expected a string"));
        }
    }

    @Test
    void overLongStringsAre400() {
        var body = program(code("P"), 1L);
        body.put("nameKo", "가".repeat(201));
        json().body(body).post("/api/v1/programs").then().statusCode(400).body("errors.field", hasItem("nameKo"));
    }

    @Test
    void endBeforeStartIs422() {
        var body = program(code("P"), 1L);
        body.put("startYear", 2029);
        body.put("endYear", 2025);
        json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("program-years"));
    }

    /**
     * A program gives up no year one of its projects performs in (2025-07-01 – 2028-06-30): 422
     * {@code period-excludes-projects} naming the project (before, 200, and its budget then ended before its money).
     */
    @Test
    void aProgramsYearsKeepItsProjectsPeriods() {
        var body = program(code("P"), 4_000_000_000L);
        String id = json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> project = Fixtures.importBody("ACTIVE");
        project.put("programId", id);
        String code = json().body(project)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        for (int[] years : new int[][] {{2025, 2027}, {2026, 2029}}) {
            body.put("startYear", years[0]);
            body.put("endYear", years[1]);
            json().body(body)
                    .put("/api/v1/programs/" + id)
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("period-excludes-projects"))
                    .body("detail", containsString(code));
        }
        body.put("startYear", 2025);
        body.put("endYear", 2028);
        json().body(body).put("/api/v1/programs/" + id).then().statusCode(200).body("endYear", equalTo(2028));
        // a project's period lies within its program's years: one ending in 2030 is refused now
        Map<String, Object> late = Fixtures.importBody("ACTIVE");
        late.put("programId", id);
        late.put("periodStart", "2028-01-01");
        late.put("periodEnd", "2030-12-31");
        json().body(late).post("/api/v1/projects").then().statusCode(422).body("rule", equalTo("project-period"));
        // one created before that rule, running past the program's years, does not block later updates
        late.put("periodEnd", "2028-12-31");
        String older = json().body(late)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE project SET period_end = DATE '2030-12-31' WHERE id = :id")
                        .setParameter("id", UUID.fromString(older))
                        .executeUpdate());
        body.put("nameEn", "renamed");
        json().body(body).put("/api/v1/programs/" + id).then().statusCode(200).body("nameEn", equalTo("renamed"));
    }

    @Test
    void unknownAndMalformedIds() {
        json().get("/api/v1/programs/7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        json().get("/api/v1/programs/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        json().header("If-Match", "\"0\"")
                .body(Fixtures.program("NOPE404", 1_000L))
                .put("/api/v1/programs/7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .body("resource", equalTo("program"));
        json().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pagingParametersAreValidated() {
        json().get("/api/v1/programs?size=201").then().statusCode(400).body("errors.field", hasItem("size"));
        json().get("/api/v1/programs?page=-1").then().statusCode(400).body("errors.field", hasItem("page"));
        json().get("/api/v1/programs?size=abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void answersAreNotKeptByCaches() {
        json().get("/api/v1/programs").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        json().get("/api/v1/programs/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("Cache-Control", equalTo("no-store"));
        // refused by a route filter before any operation, and a path no operation has
        json().urlEncodingEnabled(false)
                .get("/api/v1/programs/%00")
                .then()
                .statusCode(400)
                .header("Cache-Control", equalTo("no-store"));
        json().get("/api/v1/no-such-things").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        json().body("{").post("/api/v1/programs").then().statusCode(400).header("Cache-Control", equalTo("no-store"));
        // Quarkus' own endpoints keep their own caching rules
        given().get("/q/openapi").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void theRequestIdIsEchoedOrGenerated() {
        json().header("X-Request-ID", "caller-123")
                .get("/api/v1/programs")
                .then()
                .header("X-Request-ID", equalTo("caller-123"));
        json().get("/api/v1/programs").then().header("X-Request-ID", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-ID", "bad id with spaces\t")
                .get("/q/openapi")
                .then()
                .header("X-Request-ID", matchesPattern("[0-9a-f-]{36}"));
        json().header("X-Request-ID", "err-1")
                .body("{")
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .header("X-Request-ID", equalTo("err-1"))
                .body("requestId", equalTo("err-1"));
    }

    @Test
    void anUnsupportedMediaTypeIs415Problem() {
        json().contentType(ContentType.TEXT)
                .body("hello")
                .post("/api/v1/programs")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void jsonUnderAnotherTypeOrEncodingIs415() throws Exception {
        // JAX-RS matched these to application/json and read the bytes as UTF-8 whatever the charset said
        byte[] body = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(program(code("CT"), 1L))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String type : List.of("*/*", "application/*", "application/json; charset=UTF-16", "application/x-json")) {
            json().contentType(type)
                    .body(body)
                    .post("/api/v1/programs")
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json");
        }
        json().contentType("Application/JSON; Charset=\"utf-8\"")
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
    }

    @Test
    void noProblemCarriesAStackTrace() {
        json().body("[1,2,3]")
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("detail", not(containsString("at ")))
                .body("errors", nullValue());
    }

    @Test
    void listsHaveThePagingShape() {
        json().get("/api/v1/programs?page=0&size=1")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1))
                .body("total", notNullValue());
    }
}
