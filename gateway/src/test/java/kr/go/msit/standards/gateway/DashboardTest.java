package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import kr.go.msit.standards.testsupport.Management;

@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(DossierStubs.class)
class DashboardTest {

    @org.junit.jupiter.api.BeforeEach
    void aValidTokenByDefault() {
        DefaultToken.use();
    }

    @org.junit.jupiter.api.AfterEach
    void noDefaultToken() {
        DefaultToken.clear();
    }

    @ConfigProperty(name = "gateway.services.projects.url")
    String stub;

    @Test
    void aCompleteDashboardHasEveryPartFetchedWithTheCallersToken() {
        String token = "Bearer " + TestTokens.subject("dashboard-" + System.nanoTime(), "program-manager");
        given().header("Authorization", token).get("/api/v1/dashboard?expiringWithinDays=30").then().statusCode(200)
                .body("programs[0].paidKrw", equalTo(120000000)).body("projects.projects", equalTo(8))
                .body("activeAgreements", equalTo(1)).body("expiringWithinDays", equalTo(30))
                .body("expiringAgreements[0].id", equalTo("x")).body("onSite[0].id", equalTo("x"))
                .body("degraded", empty());
        // budgets, one program report, the summary, two agreement lists, dispatches: all as the caller
        given().get(stub + "/__auth").then().body("findAll { it == '" + token + "' }.size()", equalTo(6));
    }

    @Test
    void aFailingServiceLeavesItsPartNullAndNamedInDegraded() {
        given().header("Authorization", "Bearer " + TestTokens.subject(DossierStubs.FUNDING_DOWN, "program-manager")).get("/api/v1/dashboard").then()
                .statusCode(200).body("programs", nullValue())
                .body("degraded.part", equalTo(List.of("programs")))
                .body("degraded.dependency", everyItem(equalTo("funding-service")))
                .body("degraded[0].reason", equalTo("funding-service answered 500"))
                .body("projects.projects", equalTo(8)).body("expiringWithinDays", equalTo(90));
    }

    @Test
    void theGatewayIsReadyWhenItsServicesAreAndSaysSoForEach() {
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data.'projects-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'funding-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'partnership-service'", equalTo("UP"));
    }

    @Test
    void theWindowIsValidated() {
        given().get("/api/v1/dashboard?expiringWithinDays=0").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/dashboard?expiringWithinDays=soon").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }
}
