package kr.go.msit.standards.projects.call;

import static kr.go.msit.standards.projects.Fixtures.call;
import static kr.go.msit.standards.projects.Fixtures.createCall;
import static kr.go.msit.standards.projects.Fixtures.createProgram;
import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.code;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@ProjectsTest
class CallResourceTest {

    @Test
    void the2025CallIsSeededWithResultsPublished() {
        json().get("/api/v1/calls/" + Fixtures.CALL_2025)
                .then()
                .statusCode(200)
                .body("code", equalTo("KUS-2025-C01"))
                .body("status", equalTo("RESULTS_PUBLISHED"))
                .body("perProjectCapKrw", equalTo(1_250_000_000))
                .body("qualifyingInstruments", equalTo(List.of("MOU", "LOI", "CONFIRMATION_LETTER")));
    }

    @Test
    void walksTheWholeStateMachine() {
        String program = createProgram(50_000_000_000L);
        String id = createCall(program, 5_000_000_000L, 1_000_000_000L);
        json().get("/api/v1/calls/" + id).then().body("status", equalTo("DRAFT"));
        String[][] steps = {
            {"announce", "ANNOUNCED"},
            {"open", "OPEN"},
            {"close", "CLOSED"},
            {"start-review", "UNDER_REVIEW"},
            {"publish-results", "RESULTS_PUBLISHED"}
        };
        for (String[] step : steps) {
            json().post("/api/v1/calls/" + id + "/" + step[0])
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(step[1]));
        }
        json().post("/api/v1/calls/" + id + "/cancel")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("RESULTS_PUBLISHED"));
        json().get("/api/v1/calls?programId=" + program + "&status=RESULTS_PUBLISHED")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    /** Each illegal transition from each reachable state is a 409 naming the current state. */
    @ParameterizedTest
    @CsvSource({
        "'', open, DRAFT",
        "'', close, DRAFT",
        "'', start-review, DRAFT",
        "'', publish-results, DRAFT",
        "announce, announce, ANNOUNCED",
        "announce, close, ANNOUNCED",
        "announce open, announce, OPEN",
        "announce open, start-review, OPEN",
        "announce open, publish-results, OPEN",
        "announce open close, open, CLOSED",
        "announce open close, publish-results, CLOSED",
        "announce open close start-review, close, UNDER_REVIEW",
        "cancel, announce, CANCELLED",
        "cancel, cancel, CANCELLED"
    })
    void illegalTransitionsAre409(String path, String action, String state) {
        String id = createCall(createProgram(50_000_000_000L), 5_000_000_000L, 1_000_000_000L);
        if (!path.isBlank()) {
            Fixtures.moveCall(id, path.split(" "));
        }
        json().post("/api/v1/calls/" + id + "/" + action)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo(state))
                .body("detail", containsString(state));
    }

    @ParameterizedTest
    @CsvSource({"''", "announce", "announce open", "announce open close", "announce open close start-review"})
    void cancelWorksFromEveryStateBeforeResults(String path) {
        String id = createCall(createProgram(50_000_000_000L), 5_000_000_000L, 1_000_000_000L);
        if (!path.isBlank()) {
            Fixtures.moveCall(id, path.split(" "));
        }
        json().post("/api/v1/calls/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aDraftCanBeEditedWithIfMatchButNotOnceAnnounced() {
        String program = createProgram(50_000_000_000L);
        Map<String, Object> body = call(program, code("C"), 5_000_000_000L, 1_000_000_000L);
        String id = json().body(body)
                .post("/api/v1/calls")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        body.put("titleKo", "수정된 공모");
        json().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/calls/" + id)
                .then()
                .statusCode(200)
                .body("titleKo", equalTo("수정된 공모"))
                .header("ETag", equalTo("\"1\""));
        json().header("If-Match", "\"0\"")
                .post("/api/v1/calls/" + id + "/announce")
                .then()
                .statusCode(412);
        json().header("If-Match", "\"1\"")
                .post("/api/v1/calls/" + id + "/announce")
                .then()
                .statusCode(200);
        json().body(body).put("/api/v1/calls/" + id).then().statusCode(409).body("currentState", equalTo("ANNOUNCED"));
    }

    @Test
    void businessRulesAre422() {
        String program = createProgram(6_000_000_000L);
        json().body(call(program, code("C"), 1_000_000_000L, 2_000_000_000L))
                .post("/api/v1/calls")
                .then()
                .statusCode(422)
                .body("rule", equalTo("cap-above-ceiling"));
        var outside = call(program, code("C"), 1_000_000_000L, 500_000_000L);
        outside.put("fiscalYear", 2036);
        json().body(outside)
                .post("/api/v1/calls")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-year-outside-program"));
        createCall(program, 5_000_000_000L, 1_000_000_000L);
        json().body(call(program, code("C"), 2_000_000_000L, 1_000_000_000L))
                .post("/api/v1/calls")
                .then()
                .statusCode(422)
                .body("rule", equalTo("calls-exceed-envelope"))
                .body("remainingKrw", equalTo(1_000_000_000))
                .body("availableKrw", equalTo(1_000_000_000));
        var unknownProgram = call("7d0f3f4e-0000-4000-8000-000000000000", code("C"), 1L, 1L);
        json().body(unknownProgram)
                .post("/api/v1/calls")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-program"));
    }

    @Test
    void badInputIs400() {
        var body = call(createProgram(1_000_000_000L), "bad code", -1L, 0L);
        body.put("qualifyingInstruments", List.of());
        body.put("durationMonths", 0);
        json().body(body)
                .post("/api/v1/calls")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("budgetCeilingKrw"))
                .body("errors.field", hasItem("perProjectCapKrw"))
                .body("errors.field", hasItem("qualifyingInstruments"))
                .body("errors.field", hasItem("durationMonths"));
        var badEnum = call(createProgram(1_000_000_000L), code("C"), 1L, 1L);
        badEnum.put("selectionMode", "LOTTERY");
        json().body(badEnum)
                .post("/api/v1/calls")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("selectionMode"))
                .body("errors[0].message", containsString("OPEN, DESIGNATED"));
        json().get("/api/v1/calls?status=NOPE").then().statusCode(400);
    }
}
