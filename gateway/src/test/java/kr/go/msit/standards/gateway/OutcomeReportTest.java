package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static kr.go.msit.standards.gateway.ServiceStubs.answer;
import static kr.go.msit.standards.gateway.ServiceStubs.json;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.JwtTestResource;
import org.junit.jupiter.api.Test;

/** A program's outcome report: projects-service's indicators and partnership-service's person-days, composed. */
@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(value = WireMockServices.class, initArgs = @ResourceArg(name = "timeouts", value = "views"))
class OutcomeReportTest extends WithDefaultToken {

    /** A program whose projects are listed on two pages, and person-days of its projects and of another's. */
    private static String program(String first, String second, String other) {
        String program = UUID.randomUUID().toString();
        answer("/api/v1/programs/" + program + "/outcomes", 200, DossierTest.outcomes("PROGRAM", program));
        answer(
                get(urlPathEqualTo("/api/v1/projects")).withQueryParam("programId", WireMock.equalTo(program)),
                json(
                        200,
                        "{\"items\":[{\"id\":\"" + first + "\"}],\"page\":0,\"size\":200,\"total\":2,"
                                + "\"next\":\"cursor-2\"}"));
        answer(
                get(urlPathEqualTo("/api/v1/projects"))
                        .withQueryParam("programId", WireMock.equalTo(program))
                        .withQueryParam("after", WireMock.equalTo("cursor-2")),
                json(
                        200,
                        "{\"items\":[{\"id\":\"" + second + "\"}],\"page\":1,\"size\":200,\"total\":2,"
                                + "\"next\":null}"));
        answer(
                "/api/v1/dispatches/person-days",
                200,
                "{\"fiscalYear\":null,\"actualDays\":60,\"plannedDays\":30,"
                        + "\"rows\":[" + row(first, "KUS-2025-04", 10, 20) + "," + row(second, "KUS-2025-05", 20, 0)
                        + ","
                        + row(other, "KUS-2024-01", 30, 10) + "]}");
        return program;
    }

    private static String row(String project, String code, int actual, int planned) {
        return "{\"projectId\":\"" + project + "\",\"projectCode\":\"" + code + "\",\"fiscalYear\":2026,"
                + "\"actualDays\":" + actual + ",\"plannedDays\":" + planned + "}";
    }

    @Test
    void theIndicatorsAndThePersonDaysOfTheProgramsProjectsOnly() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String program = program(first, second, UUID.randomUUID().toString());
        given().get("/api/v1/outcome-reports/programs/" + program)
                .then()
                .statusCode(200)
                .body("indicators.total.contributionsSubmitted", equalTo(1))
                .body("personDays.rows.projectId", equalTo(List.of(first, second)))
                .body("personDays.actualDays", equalTo(30))
                .body("personDays.plannedDays", equalTo(20))
                .body("degraded", empty());
        String csv = Api.csv(given(), "/api/v1/outcome-reports/programs/" + program);
        org.junit.jupiter.api.Assertions.assertTrue(
                csv.contains("indicators,2026,QUANTUM,3GPP,,1,1,0,0,0,0,,\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("personDays,2026,,,KUS-2025-05,,,,,,,20,0\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains("KUS-2024-01"), csv);
    }

    @Test
    void personDaysDegradeTheIndicatorsAreEssential() {
        String program = program(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        answer("/api/v1/dispatches/person-days", 500, "{\"status\":500}");
        given().get("/api/v1/outcome-reports/programs/" + program + "?fiscalYear=2026")
                .then()
                .statusCode(200)
                .body("personDays", equalTo(null))
                .body("degraded[0].part", equalTo("personDays"))
                .body("degraded[0].dependency", equalTo("partnership-service"));
        // the file says so too: it had held the indicators alone, as if there were no person-days
        String csv = Api.csv(given(), "/api/v1/outcome-reports/programs/" + program + "?fiscalYear=2026");
        org.junit.jupiter.api.Assertions.assertTrue(
                csv.contains("\r\ndegraded,,,,personDays not included: ") && csv.contains("(partnership-service),"),
                csv);
        String unknown = UUID.randomUUID().toString();
        answer(
                "/api/v1/programs/" + unknown + "/outcomes",
                404,
                "{\"status\":404,\"detail\":\"program " + unknown + " does not exist\"}");
        given().get("/api/v1/outcome-reports/programs/" + unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String failing = UUID.randomUUID().toString();
        answer("/api/v1/programs/" + failing + "/outcomes", 500, "{\"status\":500}");
        given().get("/api/v1/outcome-reports/programs/" + failing)
                .then()
                .statusCode(503)
                .body("dependency", equalTo("projects-service"));
        given().get("/api/v1/outcome-reports/programs/" + program + "?fiscalYear=1999")
                .then()
                .statusCode(400);
    }
}
