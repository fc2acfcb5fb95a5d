package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(DossierStubs.class)
class DossierTest {

    @org.junit.jupiter.api.BeforeEach
    void aValidTokenByDefault() {
        DefaultToken.use();
    }

    @org.junit.jupiter.api.AfterEach
    void noDefaultToken() {
        DefaultToken.clear();
    }

    private static final String TOKEN = "Bearer " + TestTokens.subject("dossier-caller", "program-manager");

    @ConfigProperty(name = "gateway.services.projects.url")
    String stub;

    @Test
    void aCompleteDossierHasEveryPartAndEveryPartCarriedTheCallersToken() {
        String token = "Bearer " + TestTokens.subject("dossier-" + System.nanoTime(), "program-manager");
        given().header("Authorization", token).get("/api/v1/dossiers/" + DossierStubs.COMPLETE).then().statusCode(200)
                .body("project.code", equalTo("KUS-2025-01")).body("reports[0].type", equalTo("ANNUAL"))
                .body("allocation.totalKrw", equalTo(1250000000)).body("disbursements.paidKrw", equalTo(120000000))
                .body("agreements[0].id", equalTo("x")).body("eligibility.eligible", equalTo(true))
                // asked as projects-service asks it: for the program's partner agencies
                .body("eligibility.agencyCodes", equalTo(List.of("NIST")))
                .body("dispatches[0].id", equalTo("x")).body("degraded", empty());
        // the project, then reports, allocation, funding report, agreements, the program, eligibility, dispatches: all
        // as the caller
        given().get(stub + "/__auth").then().body("findAll { it == '" + token + "' }.size()", equalTo(8));
    }

    @Test
    void aFailingServiceLeavesItsPartsNullAndNamedInDegraded() {
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.FUNDING_FAILS).then()
                .statusCode(200).body("project.id", equalTo(DossierStubs.FUNDING_FAILS))
                .body("allocation", nullValue()).body("disbursements", nullValue())
                .body("degraded.part", equalTo(List.of("allocation", "disbursements")))
                .body("degraded.dependency", everyItem(equalTo("funding-service")))
                .body("eligibility.eligible", equalTo(true));
    }

    @Test
    void partsAreFetchedInParallelAndASlowPartIsDegradedWithinItsTimeout() {
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.COMPLETE).then().statusCode(200);
        // three partnership parts of 1 s each: in parallel about 1 s, one after another 3 s
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.PARTNERSHIP_SLOW).then()
                .statusCode(200).body("degraded", empty()).time(lessThan(2000L));
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.PARTNERSHIP_TOO_SLOW).then()
                .statusCode(200).body("degraded.part", equalTo(List.of("agreements", "eligibility", "dispatches")))
                .body("degraded[0].reason", equalTo("partnership-service did not answer within 2000 ms"))
                .body("allocation.totalKrw", equalTo(1250000000)).time(lessThan(3400L));
    }

    @Test
    void partsThatNeedOnlyTheProjectsIdDoNotWaitForTheProject() {
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.COMPLETE).then().statusCode(200);
        // the project takes 1 s and so does its allocation: together about 1 s, the allocation after the project 2 s
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.PROJECT_SLOW).then()
                .statusCode(200).body("degraded", empty()).body("allocation.totalKrw", equalTo(1250000000))
                .time(lessThan(1800L));
    }

    @Test
    void onceItsLeadIsKnownTheLeadsPartsGoOutWithTheProject() {
        // the project takes 1 s, its lead's agreements and eligibility 1 s more: the first dossier asks for them after
        // the project (2 s); the next one already knows the lead and asks for everything at once (about 1 s)
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.PROJECT_AND_LEAD_SLOW).then()
                .statusCode(200).body("degraded", empty()).body("agreements[0].institutionId", equalTo(DossierStubs.SLOW_LEAD))
                .time(greaterThanOrEqualTo(2000L));
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.PROJECT_AND_LEAD_SLOW).then()
                .statusCode(200).body("degraded", empty()).body("agreements[0].institutionId", equalTo(DossierStubs.SLOW_LEAD))
                .body("eligibility.institutionId", equalTo(DossierStubs.SLOW_LEAD)).time(lessThan(1800L));
    }

    @Test
    void theProjectsAnswerDecidesWhoseAgreementsAreShown() {
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.LEAD_CHANGES).then().statusCode(200)
                .body("agreements[0].institutionId", equalTo(DossierStubs.LEAD));
        // the gateway remembers LEAD, but the project now names another institution: its parts are the ones shown
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.LEAD_CHANGES).then().statusCode(200)
                .body("project.leadInstitutionId", equalTo(DossierStubs.OTHER_LEAD))
                .body("agreements[0].institutionId", equalTo(DossierStubs.OTHER_LEAD))
                .body("eligibility.institutionId", equalTo(DossierStubs.OTHER_LEAD)).body("degraded", empty());
    }

    @Test
    void aProjectWithoutAllocationIsNotDegraded() {
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.NOT_FUNDED).then().statusCode(200)
                .body("allocation", nullValue()).body("disbursements", nullValue()).body("degraded", empty());
    }

    @Test
    void theProjectIsEssential() {
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/7d0f3f4e-0000-4000-8000-000000000000").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TOKEN).get("/api/v1/dossiers/" + DossierStubs.PROJECTS_FAIL).then()
                .statusCode(503).contentType("application/problem+json").body("dependency", equalTo("projects-service"));
        given().get("/api/v1/dossiers/not-a-uuid").then().statusCode(400);
    }
}
