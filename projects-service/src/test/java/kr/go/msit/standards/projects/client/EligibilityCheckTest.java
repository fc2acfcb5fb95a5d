package kr.go.msit.standards.projects.client;

import static io.restassured.RestAssured.given;
import static kr.go.msit.standards.projects.Fixtures.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.PartnershipStub;
import kr.go.msit.standards.projects.ProjectsTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Submission and selection ask partnership-service whether the lead may lead, and fail closed when it cannot answer. */
@QuarkusTest
@ProjectsTest
class EligibilityCheckTest {

    @ConfigProperty(name = "quarkus.rest-client.partnership.url")
    String partnership;

    private String draft(String lead) {
        String call = Fixtures.openCall(5_000_000_000L, 2_000_000_000L);
        return json().body(Fixtures.application(call, lead, 100_000_000L)).post("/api/v1/applications").then()
                .statusCode(201).extract().path("id");
    }

    private void staysADraftWithoutSubmitInItsHistory(String application) {
        json().get("/api/v1/applications/" + application).then().statusCode(200).body("status", equalTo("DRAFT"));
        json().get("/api/v1/applications/" + application + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("create")));
    }

    @Test
    void anEligibleLeadSubmitsAndTheCallersTokenAndRequestIdReachPartnershipService() {
        String lead = UUID.randomUUID().toString();
        String application = draft(lead);
        json().header("X-Request-ID", "elig-" + lead).post("/api/v1/applications/" + application + "/submit").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        given().get(partnership + "/__calls?institutionId=" + lead).then().statusCode(200)
                .body("hits", equalTo(1))
                .body("last.requestId", equalTo("elig-" + lead))
                .body("last.authorization", startsWith("Bearer ey"))
                .body("last.instruments", equalTo("LOI,MOU"))
                .body("last.date", equalTo(LocalDate.now(ZoneId.of("Asia/Seoul")).toString()));
    }

    @Test
    void aLeadWithoutAQualifyingAgreementIsRefusedWithTheReason() {
        String application = draft(PartnershipStub.NOT_ELIGIBLE);
        json().post("/api/v1/applications/" + application + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("lead-not-eligible"))
                .body("detail", containsString("AGR-NOPE-0001 expired"))
                .body("reasons[0].code", equalTo("EXPIRED"));
        staysADraftWithoutSubmitInItsHistory(application);
    }

    @Test
    void aLeadUnknownToPartnershipServiceIsRefused() {
        String application = draft(PartnershipStub.UNKNOWN);
        json().post("/api/v1/applications/" + application + "/submit").then().statusCode(422)
                .body("rule", equalTo("unknown-institution"));
    }

    @Test
    void aSlowPartnershipServiceIs503WithinTheTimeoutAndNothingIsWritten() {
        String application = draft(PartnershipStub.SLOW);
        json().post("/api/v1/applications/" + application + "/submit").then().statusCode(503)
                .contentType("application/problem+json")
                .body("dependency", equalTo("partnership-service"))
                .time(lessThan(2500L));
        staysADraftWithoutSubmitInItsHistory(application);
    }

    @Test
    void aFailingPartnershipServiceIs503AfterOneRetry() {
        String application = draft(PartnershipStub.FAILING);
        json().post("/api/v1/applications/" + application + "/submit").then().statusCode(503)
                .body("dependency", equalTo("partnership-service")).body("detail", containsString("failed to answer"));
        given().get(partnership + "/__calls?institutionId=" + PartnershipStub.FAILING).then()
                .body("hits", equalTo(2));
        staysADraftWithoutSubmitInItsHistory(application);
    }

    @Test
    void selectionChecksAgainAndRefusesALeadWhoseAgreementLapsed() {
        String call = Fixtures.openCall(5_000_000_000L, 2_000_000_000L);
        String application = json().body(Fixtures.application(call, PartnershipStub.LAPSED, 100_000_000L))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        Fixtures.moveApplication(application, "submit", "check-eligibility", "start-review");
        Fixtures.moveCall(call, "close", "start-review");
        json().post("/api/v1/applications/" + application + "/select").then().statusCode(422)
                .body("rule", equalTo("lead-not-eligible"));
        json().get("/api/v1/applications/" + application).then().body("status", equalTo("UNDER_REVIEW"))
                .body("projectId", org.hamcrest.Matchers.nullValue());
    }
}
