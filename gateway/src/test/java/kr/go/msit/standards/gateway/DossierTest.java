package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static kr.go.msit.standards.gateway.ServiceStubs.answer;
import static kr.go.msit.standards.gateway.ServiceStubs.json;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.NothingLoggedAtError;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The project dossier: each test declares what the three services answer for a project of its own. */
@QuarkusTest
@ExtendWith(NothingLoggedAtError.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(value = WireMockServices.class, initArgs = @ResourceArg(name = "timeouts", value = "views"))
class DossierTest extends WithDefaultToken {

    static final String PROGRAM = "9a000000-0000-4000-8000-000000000001";
    private static final String TOKEN = "Bearer " + TestTokens.subject("dossier-caller", "program-manager");

    @BeforeEach
    void aValidTokenByDefaultAndTheProgram() {
        answer("/api/v1/programs/" + PROGRAM, 200, "{\"id\":\"" + PROGRAM + "\",\"partnerAgencies\":[\"NIST\"]}");
    }

    /** A project of the program led by {@code lead}, answered after {@code delay} ms, with one annual report due. */
    static String project(String lead, int delay) {
        String id = UUID.randomUUID().toString();
        answer(
                get(urlPathEqualTo("/api/v1/projects/" + id)),
                json(200, projectJson(id, lead)).withFixedDelay(delay));
        answer("/api/v1/projects/" + id + "/reports", 200, "[{\"type\":\"ANNUAL\",\"status\":\"DUE\"}]");
        answer("/api/v1/projects/" + id + "/outcomes", 200, outcomes("PROJECT", id));
        answer(
                get(urlPathEqualTo("/api/v1/evaluations")).withQueryParam("projectId", WireMock.equalTo(id)),
                json(200, "{\"items\":[{\"id\":\"e\",\"decision\":\"CONTINUE\"}],\"total\":1}"));
        return id;
    }

    /** An outcome report with one contribution submitted to 3GPP in 2026. */
    static String outcomes(String scope, String id) {
        String counts = "{\"contributionsSubmitted\":1,\"nistCoAuthored\":1,\"workItemsAdopted\":0,"
                + "\"standardsPublished\":0,\"positionsHeld\":0,\"jointPublications\":0}";
        return "{\"scope\":\"" + scope + "\",\"id\":\"" + id + "\",\"code\":\"KUS-2025-01\",\"fiscalYear\":null,"
                + "\"total\":" + counts + ",\"rows\":[{\"fiscalYear\":2026,\"technologyArea\":\"QUANTUM\","
                + "\"bodyCode\":\"3GPP\",\"counts\":" + counts + "}]}";
    }

    /** The dossier of {@code project}, answered 200. */
    static ValidatableResponse dossier(String project) {
        return given().header("Authorization", TOKEN)
                .get("/api/v1/dossiers/" + project)
                .then()
                .statusCode(200);
    }

    private static String projectJson(String id, String lead) {
        return "{\"id\":\"" + id + "\",\"code\":\"KUS-2025-01\",\"programId\":\"" + PROGRAM
                + "\",\"leadInstitutionId\":\"" + lead + "\"}";
    }

    /** The project's allocation (answered after {@code delay} ms) and funding report. */
    static void funded(String project, int delay) {
        answer(
                get(urlPathEqualTo("/api/v1/allocations")).withQueryParam("projectId", WireMock.equalTo(project)),
                json(
                                200,
                                "{\"items\":[{\"id\":\"a1100000-0000-4000-8000-000000000001\",\"totalKrw\":1250000000}],"
                                        + "\"total\":1}")
                        .withFixedDelay(delay));
        answer(
                "/api/v1/funding-reports/projects/" + project,
                200,
                "{\"allocatedKrw\":1250000000,\"paidKrw\":120000000}");
    }

    /** The project's dispatches, answered after {@code delay} ms. */
    static void dispatches(String project, int delay) {
        answer(
                get(urlPathEqualTo("/api/v1/dispatches")).withQueryParam("projectId", WireMock.equalTo(project)),
                json(200, "{\"items\":[{\"id\":\"x\"}],\"total\":1}").withFixedDelay(delay));
    }

    /** The lead's agreements, cooperation needs and matches, and its eligibility for NIST (only asked that way). */
    static void lead(String institution, int delay) {
        answer(
                get(urlPathEqualTo("/api/v1/agreements"))
                        .withQueryParam("institutionId", WireMock.equalTo(institution)),
                json(200, "{\"items\":[{\"id\":\"x\",\"institutionId\":\"" + institution + "\"}],\"total\":1}")
                        .withFixedDelay(delay));
        answer(
                get(urlPathEqualTo("/api/v1/eligibility"))
                        .withQueryParam("institutionId", WireMock.equalTo(institution))
                        .withQueryParam("agencyCode", havingExactly("NIST")),
                json(200, "{\"eligible\":true,\"institutionId\":\"" + institution + "\",\"agencyCodes\":[\"NIST\"]}")
                        .withFixedDelay(delay));
        answer(
                get(urlPathEqualTo("/api/v1/cooperation-needs"))
                        .withQueryParam("institutionId", WireMock.equalTo(institution)),
                json(200, "{\"items\":[{\"id\":\"need-" + institution + "\",\"status\":\"REALISED\"}],\"total\":1}"));
        answer(
                get(urlPathEqualTo("/api/v1/matches")).withQueryParam("institutionId", WireMock.equalTo(institution)),
                json(200, "{\"items\":[{\"id\":\"match-" + institution + "\",\"status\":\"REALISED\"}],\"total\":1}"));
    }

    /** A project with every part answered at once. */
    static String complete() {
        String lead = UUID.randomUUID().toString();
        String project = project(lead, 0);
        funded(project, 0);
        dispatches(project, 0);
        lead(lead, 0);
        return project;
    }

    @Test
    void aCompleteDossierHasEveryPartAndEveryPartCarriedTheCallersToken() {
        String project = complete();
        String token = "Bearer " + TestTokens.subject("dossier-" + System.nanoTime(), "program-manager");
        given().header("Authorization", token)
                .get("/api/v1/dossiers/" + project)
                .then()
                .statusCode(200)
                .body("project.code", equalTo("KUS-2025-01"))
                .body("reports[0].type", equalTo("ANNUAL"))
                .body("allocation.totalKrw", equalTo(1250000000))
                .body("disbursements.paidKrw", equalTo(120000000))
                .body("agreements[0].id", equalTo("x"))
                .body("eligibility.eligible", equalTo(true))
                // asked as projects-service asks it: for the program's partner agencies
                .body("eligibility.agencyCodes", equalTo(List.of("NIST")))
                .body("dispatches[0].id", equalTo("x"))
                .body("outcomes.total.contributionsSubmitted", equalTo(1))
                .body("outcomes.rows[0].bodyCode", equalTo("3GPP"))
                .body("cooperationNeeds[0].status", equalTo("REALISED"))
                .body("matches[0].status", equalTo("REALISED"))
                .body("evaluations[0].decision", equalTo("CONTINUE"))
                .body("degraded", empty());
        // the project, then reports, allocation, funding report, agreements, the program, eligibility, dispatches,
        // outcomes, the lead's needs and matches, evaluations: all as the caller
        assertEquals(12, ServiceStubs.requestsWith(token));
    }

    @Test
    void aFailingServiceLeavesItsPartsNullAndNamedInDegraded() {
        String lead = UUID.randomUUID().toString();
        String project = project(lead, 0);
        lead(lead, 0);
        dispatches(project, 0);
        answer(
                get(urlPathEqualTo("/api/v1/allocations")).withQueryParam("projectId", WireMock.equalTo(project)),
                json(500, "{\"status\":500}"));
        answer("/api/v1/funding-reports/projects/" + project, 500, "{\"status\":500}");
        dossier(project)
                .body("project.id", equalTo(project))
                .body("allocation", nullValue())
                .body("disbursements", nullValue())
                .body("degraded.part", equalTo(List.of("allocation", "disbursements")))
                .body("degraded.dependency", everyItem(equalTo("funding-service")))
                .body("eligibility.eligible", equalTo(true));
    }

    @Test
    void partsAreFetchedInParallelAndASlowPartIsDegradedWithinItsTimeout() {
        dossier(complete());
        // three partnership parts of 1 s each: in parallel about 1 s, one after another 3 s
        String slowLead = UUID.randomUUID().toString();
        String slow = project(slowLead, 0);
        funded(slow, 0);
        dispatches(slow, 1000);
        lead(slowLead, 1000);
        dossier(slow).body("degraded", empty()).time(lessThan(2000L));
        String tooSlowLead = UUID.randomUUID().toString();
        String tooSlow = project(tooSlowLead, 0);
        funded(tooSlow, 0);
        dispatches(tooSlow, 3500);
        lead(tooSlowLead, 3500);
        dossier(tooSlow)
                .body("degraded.part", equalTo(List.of("agreements", "eligibility", "dispatches")))
                .body("degraded[0].reason", equalTo("partnership-service did not answer within 2000 ms"))
                .body("allocation.totalKrw", equalTo(1250000000))
                .time(lessThan(3400L));
    }

    @Test
    void partsThatNeedOnlyTheProjectsIdDoNotWaitForTheProject() {
        dossier(complete());
        // the project takes 1 s and so does its allocation: together about 1 s, the allocation after the project 2 s
        String lead = UUID.randomUUID().toString();
        String project = project(lead, 1000);
        funded(project, 1000);
        dispatches(project, 0);
        lead(lead, 0);
        dossier(project)
                .body("degraded", empty())
                .body("allocation.totalKrw", equalTo(1250000000))
                .time(lessThan(1800L));
    }

    @Test
    void onceItsLeadIsKnownTheLeadsPartsGoOutWithTheProject() {
        // the project takes 1 s, its lead's agreements and eligibility 1 s more: the first dossier asks for them after
        // the project (2 s); the next one already knows the lead and asks for everything at once (about 1 s)
        String lead = UUID.randomUUID().toString();
        String project = project(lead, 1000);
        funded(project, 0);
        dispatches(project, 0);
        lead(lead, 1000);
        dossier(project)
                .body("degraded", empty())
                .body("agreements[0].institutionId", equalTo(lead))
                .time(greaterThanOrEqualTo(2000L));
        dossier(project)
                .body("degraded", empty())
                .body("agreements[0].institutionId", equalTo(lead))
                .body("eligibility.institutionId", equalTo(lead))
                .time(lessThan(1800L));
    }

    @Test
    void theProjectsAnswerDecidesWhoseAgreementsAreShown() {
        String first = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String project = project(first, 0);
        // the project names its first lead once, and another institution from then on
        String scenario = "lead of " + project;
        answer(
                get(urlPathEqualTo("/api/v1/projects/" + project))
                        .inScenario(scenario)
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("changed"),
                json(200, projectJson(project, first)));
        answer(
                get(urlPathEqualTo("/api/v1/projects/" + project))
                        .inScenario(scenario)
                        .whenScenarioStateIs("changed"),
                json(200, projectJson(project, other)));
        funded(project, 0);
        dispatches(project, 0);
        lead(first, 0);
        lead(other, 0);
        dossier(project).body("agreements[0].institutionId", equalTo(first));
        // the gateway remembers the first lead, but the project now names another institution: its parts are shown
        dossier(project)
                .body("project.leadInstitutionId", equalTo(other))
                .body("agreements[0].institutionId", equalTo(other))
                .body("eligibility.institutionId", equalTo(other))
                .body("degraded", empty());
    }

    @Test
    void aProjectWithoutAllocationIsNotDegraded() {
        String lead = UUID.randomUUID().toString();
        String project = project(lead, 0);
        dispatches(project, 0);
        lead(lead, 0);
        answer(
                get(urlPathEqualTo("/api/v1/allocations")).withQueryParam("projectId", WireMock.equalTo(project)),
                json(200, "{\"items\":[],\"total\":0}"));
        answer("/api/v1/funding-reports/projects/" + project, 404, "{\"status\":404}");
        dossier(project)
                .body("allocation", nullValue())
                .body("disbursements", nullValue())
                .body("degraded", empty());
    }

    @Test
    void theProjectIsEssential() {
        String unknown = UUID.randomUUID().toString();
        answer(
                "/api/v1/projects/" + unknown,
                404,
                "{\"type\":\"https://standards.msit.go.kr/problems/not-found\","
                        + "\"status\":404,\"detail\":\"project " + unknown + " does not exist\"}");
        given().header("Authorization", TOKEN)
                .get("/api/v1/dossiers/" + unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String failing = UUID.randomUUID().toString();
        answer("/api/v1/projects/" + failing, 500, "{\"status\":500}");
        given().header("Authorization", TOKEN)
                .get("/api/v1/dossiers/" + failing)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("dependency", equalTo("projects-service"));
        given().get("/api/v1/dossiers/not-a-uuid").then().statusCode(400);
    }
}
