package kr.go.msit.standards.projects;

import static kr.go.msit.standards.projects.Fixtures.KRISS;
import static kr.go.msit.standards.projects.Fixtures.KU_SEJONG;
import static kr.go.msit.standards.projects.Fixtures.application;
import static kr.go.msit.standards.projects.Fixtures.createApplication;
import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.projects.Fixtures.openCall;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Two roles never add up to a power neither has: an {@code institution} token that also holds {@code auditor}
 * applies, submits, withdraws and submits reports for its own institution only (it still reads everything).
 */
@QuarkusTest
@ProjectsTest
class RolePairsTest {

    private static final String KRISS_PROJECT = "a0000002-0000-4000-8000-000000000001";

    private static RequestSpecification sejongAuditor() {
        return Api.as(TestTokens.of("sejong-auditor", KU_SEJONG, Roles.INSTITUTION, Roles.AUDITOR));
    }

    @Test
    void anInstitutionThatIsAlsoAnAuditorCannotActForAnotherInstitution() {
        String call = openCall(5_000_000_000L, 1_000_000_000L);
        sejongAuditor()
                .body(application(call, KRISS, 100_000_000L))
                .post("/api/v1/applications")
                .then()
                .statusCode(403);
        String krissApplication = createApplication(call, 100_000_000L);
        sejongAuditor().get("/api/v1/applications/" + krissApplication).then().statusCode(200);
        sejongAuditor()
                .body(application(call, KU_SEJONG, 100_000_000L))
                .put("/api/v1/applications/" + krissApplication)
                .then()
                .statusCode(404);
        sejongAuditor()
                .post("/api/v1/applications/" + krissApplication + "/submit")
                .then()
                .statusCode(404);
        sejongAuditor()
                .body(Map.of("reason", "남의 신청"))
                .post("/api/v1/applications/" + krissApplication + "/withdraw")
                .then()
                .statusCode(404);
        json().get("/api/v1/applications/" + krissApplication)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));

        List<Map<String, Object>> reports = json().get("/api/v1/projects/" + KRISS_PROJECT + "/reports")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        String report = (String) reports.get(0).get("id");
        sejongAuditor()
                .body(Map.of("documentReference", "NTIS-FORGED"))
                .post("/api/v1/projects/" + KRISS_PROJECT + "/reports/" + report + "/submit")
                .then()
                .statusCode(404);
        json().get("/api/v1/projects/" + KRISS_PROJECT + "/reports")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo(reports.get(0).get("status")));
    }
}
