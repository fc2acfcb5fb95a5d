package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static kr.go.msit.standards.gateway.ServiceStubs.answer;
import static kr.go.msit.standards.gateway.ServiceStubs.json;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.Management;
import kr.go.msit.standards.testsupport.NothingLoggedAtError;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard: each test declares what the three services answer. */
@QuarkusTest
@ExtendWith(NothingLoggedAtError.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(value = WireMockServices.class, initArgs = @ResourceArg(name = "timeouts", value = "views"))
class DashboardTest extends WithDefaultToken {

    @BeforeEach
    void aValidTokenByDefaultAndAProgramWithAnAgreementAndADispatch() {
        answer("/api/v1/budgets", 200, "{\"items\":[{\"programId\":\"" + DossierTest.PROGRAM + "\"}],\"total\":1}");
        answer(
                "/api/v1/funding-reports/programs/" + DossierTest.PROGRAM,
                200,
                "{\"allocatedKrw\":1250000000,\"paidKrw\":120000000}");
        answer(
                "/api/v1/projects/summary",
                200,
                "{\"projects\":8,\"awardedTotalKrw\":10000000000,\"byStatus\":[],\"byTechnologyArea\":[]}");
        answer("/api/v1/agreements", 200, "{\"items\":[{\"id\":\"x\"}],\"total\":1}");
        answer("/api/v1/dispatches", 200, "{\"items\":[{\"id\":\"x\"}],\"total\":1}");
        answer("/api/v1/programs", 200, "{\"items\":[{\"id\":\"" + DossierTest.PROGRAM + "\"}],\"total\":1}");
        answer(
                "/api/v1/programs/" + DossierTest.PROGRAM + "/outcomes",
                200,
                DossierTest.outcomes("PROGRAM", DossierTest.PROGRAM));
        answer(
                "/api/v1/dispatches/person-days",
                200,
                "{\"fiscalYear\":2026,\"actualDays\":6,\"plannedDays\":10,\"rows\":[]}");
        answer(
                "/api/v1/matches/summary",
                200,
                "{\"year\":2026,\"openNeeds\":[{\"technologyArea\":\"QUANTUM\","
                        + "\"count\":2}],\"openOffers\":[],\"realisedMatches\":1}");
    }

    @Test
    void aCompleteDashboardHasEveryPartFetchedWithTheCallersToken() {
        String token = "Bearer " + TestTokens.subject("dashboard-" + System.nanoTime(), "program-manager");
        // agreements in force, not those whose state is ACTIVE: an expired one keeps its state until expired by hand
        answer(
                get(urlPathEqualTo("/api/v1/agreements"))
                        .withQueryParam("inForce", WireMock.equalTo("true"))
                        .withQueryParam("status", WireMock.absent())
                        .withQueryParam("expiringWithinDays", WireMock.absent()),
                json(200, "{\"items\":[{\"id\":\"y\"}],\"total\":3}"));
        // and those of them that expire within the window (not one ACTIVE but not yet effective)
        answer(
                get(urlPathEqualTo("/api/v1/agreements"))
                        .withQueryParam("inForce", WireMock.equalTo("true"))
                        .withQueryParam("status", WireMock.absent())
                        .withQueryParam("expiringWithinDays", WireMock.equalTo("30")),
                json(200, "{\"items\":[{\"id\":\"z\"}],\"total\":1}"));
        given().header("Authorization", token)
                .get("/api/v1/dashboard?expiringWithinDays=30")
                .then()
                .statusCode(200)
                .body("programs[0].paidKrw", equalTo(120000000))
                .body("projects.projects", equalTo(8))
                .body("activeAgreements", equalTo(3))
                .body("expiringWithinDays", equalTo(30))
                .body("expiringAgreements[0].id", equalTo("z"))
                .body("onSite[0].id", equalTo("x"))
                .body(
                        "fiscalYear",
                        equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
                                .getYear()))
                .body("outcomes[0].total.contributionsSubmitted", equalTo(1))
                .body("personDays.actualDays", equalTo(6))
                .body("cooperation.openNeeds[0].count", equalTo(2))
                .body("cooperation.realisedMatches", equalTo(1))
                .body("degraded", empty());
        // budgets, one program report, the summary, two agreement lists, dispatches, the programs, one program's
        // outcomes, person-days, the cooperation summary: all as the caller
        assertEquals(10, ServiceStubs.requestsWith(token));
    }

    @Test
    void aFailingServiceLeavesItsPartNullAndNamedInDegraded() {
        String token = "Bearer " + TestTokens.subject("funding-down-" + System.nanoTime(), "program-manager");
        // funding-service fails this caller's requests
        answer(
                get(urlPathEqualTo("/api/v1/budgets")).withHeader("Authorization", WireMock.equalTo(token)),
                json(500, "{\"status\":500}"));
        given().header("Authorization", token)
                .get("/api/v1/dashboard")
                .then()
                .statusCode(200)
                .body("programs", nullValue())
                .body("degraded.part", equalTo(List.of("programs")))
                .body("degraded.dependency", everyItem(equalTo("funding-service")))
                .body("degraded[0].reason", equalTo("funding-service answered 500"))
                .body("projects.projects", equalTo(8))
                .body("expiringWithinDays", equalTo(90));
    }

    @Test
    void theOutcomesAndPersonDaysDegradeEachOnItsOwn() {
        String token = "Bearer " + TestTokens.subject("outcomes-down-" + System.nanoTime(), "program-manager");
        answer(
                get(urlPathEqualTo("/api/v1/programs/" + DossierTest.PROGRAM + "/outcomes"))
                        .withHeader("Authorization", WireMock.equalTo(token)),
                json(500, "{\"status\":500}"));
        given().header("Authorization", token)
                .get("/api/v1/dashboard")
                .then()
                .statusCode(200)
                .body("outcomes", nullValue())
                .body("personDays.actualDays", equalTo(6))
                .body("degraded.part", equalTo(List.of("outcomes")))
                .body("degraded[0].dependency", equalTo("projects-service"));
    }

    @Test
    void theGatewayIsReadyWhenItsServicesAreAndSaysSoForEach() {
        answer("/q/health/ready", 200, "{\"status\":\"UP\"}");
        Management.given()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'services' }.data.'projects-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'funding-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'partnership-service'", equalTo("UP"));
    }

    @Test
    void theWindowIsValidated() {
        given().get("/api/v1/dashboard?expiringWithinDays=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/dashboard?expiringWithinDays=soon")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
