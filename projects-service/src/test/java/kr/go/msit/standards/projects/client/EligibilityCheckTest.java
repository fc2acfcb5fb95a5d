package kr.go.msit.standards.projects.client;

import static kr.go.msit.standards.projects.Fixtures.json;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.PartnershipStub;
import kr.go.msit.standards.projects.ProjectsTest;
import org.junit.jupiter.api.Test;

/** Submission and selection ask partnership-service whether the lead may lead, and fail closed when it cannot answer. */
@QuarkusTest
@ProjectsTest
class EligibilityCheckTest {

    private String draft(String lead) {
        String call = Fixtures.openCall(5_000_000_000L, 2_000_000_000L);
        return json().body(Fixtures.application(call, lead, 100_000_000L))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void staysADraftWithoutSubmitInItsHistory(String application) {
        json().get("/api/v1/applications/" + application).then().statusCode(200).body("status", equalTo("DRAFT"));
        json().get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("create")));
    }

    @Test
    void anEligibleLeadSubmitsAndTheCallersTokenAndRequestIdReachPartnershipService() {
        String lead = UUID.randomUUID().toString();
        String application = draft(lead);
        json().header("X-Request-ID", "elig-" + lead)
                .post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertEquals(1, PartnershipStub.requestsFor(lead).size());
        LoggedRequest asked = PartnershipStub.lastRequestFor(lead);
        assertEquals("elig-" + lead, asked.getHeader("X-Request-ID"));
        assertThat(asked.getHeader("Authorization"), startsWith("Bearer ey"));
        assertEquals(List.of("LOI", "MOU"), asked.queryParameter("instrument").values());
        assertEquals(
                LocalDate.now(ZoneId.of("Asia/Seoul")).toString(),
                asked.queryParameter("date").firstValue());
    }

    @Test
    void aLeadWithoutAQualifyingAgreementIsRefusedWithTheReason() {
        String application = draft(PartnershipStub.notEligible());
        json().post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("lead-not-eligible"))
                .body("detail", containsString("AGR-NOPE-0001 expired"))
                .body("reasons[0].code", equalTo("EXPIRED"));
        staysADraftWithoutSubmitInItsHistory(application);
    }

    @Test
    void aLeadUnknownToPartnershipServiceIsRefused() {
        String application = draft(PartnershipStub.unknown());
        json().post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-institution"));
    }

    @Test
    void anAgencyPartnershipServiceRefusesIs422AndNeverOpensTheCircuitForOthers() {
        String refused = PartnershipStub.agencyUnknown();
        for (int i = 0; i < 8; i++) {
            json().post("/api/v1/applications/" + draft(refused) + "/submit")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("unknown-agency"));
        }
        assertEquals(8, PartnershipStub.requestsFor(refused).size());
        json().post("/api/v1/applications/" + draft(UUID.randomUUID().toString()) + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aSlowPartnershipServiceIs503WithinTheTimeoutAndNothingIsWritten() {
        String application = draft(PartnershipStub.slow(3000));
        json().post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("dependency", equalTo("partnership-service"))
                .time(lessThan(2500L));
        staysADraftWithoutSubmitInItsHistory(application);
    }

    @Test
    void aFailingPartnershipServiceIs503AfterOneRetry() {
        String failing = PartnershipStub.failing();
        String application = draft(failing);
        json().post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(503)
                .body("dependency", equalTo("partnership-service"))
                .body("detail", containsString("failed to answer"));
        assertEquals(2, PartnershipStub.requestsFor(failing).size());
        staysADraftWithoutSubmitInItsHistory(application);
    }

    @Test
    void selectionChecksAgainAndRefusesALeadWhoseAgreementLapsed() {
        String call = Fixtures.openCall(5_000_000_000L, 2_000_000_000L);
        String application = json().body(
                        Fixtures.application(call, PartnershipStub.lapsedAfterFirstCheck(), 100_000_000L))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Fixtures.moveApplication(application, "submit", "check-eligibility", "start-review");
        Fixtures.moveCall(call, "close", "start-review");
        json().post("/api/v1/applications/" + application + "/select")
                .then()
                .statusCode(422)
                .body("rule", equalTo("lead-not-eligible"));
        json().get("/api/v1/applications/" + application)
                .then()
                .body("status", equalTo("UNDER_REVIEW"))
                .body("projectId", org.hamcrest.Matchers.nullValue());
    }
}
