package kr.go.msit.standards.partnership.dispatch;

import static kr.go.msit.standards.partnership.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import kr.go.msit.standards.partnership.Fixtures;
import kr.go.msit.standards.partnership.PartnershipTest;
import kr.go.msit.standards.testsupport.ProjectsStub;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Person-days at partner sites: actual once on site, planned before, nothing for a cancelled dispatch. */
@QuarkusTest
@PartnershipTest
class PersonDaysTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    private static String plan(String project, LocalDate start, LocalDate end) {
        Map<String, Object> body = Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, start, end);
        body.put("projectId", project);
        return json().body(body)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void daysAreCountedPerProjectFromTheDispatches() {
        String project = ProjectsStub.activeProject();
        plan(project, TODAY.plusDays(10), TODAY.plusDays(19));
        String onSite = plan(project, TODAY.minusDays(5), TODAY.plusDays(5));
        json().post("/api/v1/dispatches/" + onSite + "/approve").then().statusCode(200);
        json().body(Map.of("date", TODAY.minusDays(5).toString()))
                .post("/api/v1/dispatches/" + onSite + "/arrive")
                .then()
                .statusCode(200);
        String cancelled = plan(project, TODAY.plusDays(30), TODAY.plusDays(39));
        json().body(Map.of("reason", "취소"))
                .post("/api/v1/dispatches/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        json().get("/api/v1/dispatches/person-days?projectId=" + project)
                .then()
                .statusCode(200)
                .body("actualDays", equalTo(6))
                .body("plannedDays", equalTo(10))
                .body(
                        "rows[0].projectCode",
                        equalTo(json().get("/api/v1/dispatches/" + onSite)
                                .then()
                                .extract()
                                .path("projectCode")));
        json().get("/api/v1/dispatches/person-days?projectId=" + project + "&fiscalYear=2001")
                .then()
                .statusCode(200)
                .body("actualDays", equalTo(0))
                .body("rows.size()", equalTo(0));
        as(TestTokens.institution(Fixtures.KRISS))
                .get("/api/v1/dispatches/person-days?projectId=" + project)
                .then()
                .statusCode(200)
                .body("actualDays", equalTo(6));
        as(TestTokens.institution("1b57c000-0000-4000-8000-000000000003"))
                .get("/api/v1/dispatches/person-days?projectId=" + project)
                .then()
                .statusCode(200)
                .body("actualDays", equalTo(0))
                .body("plannedDays", equalTo(0));
        json().get("/api/v1/dispatches/person-days?fiscalYear=1999").then().statusCode(400);
        // an empty value of a list is refused, not taken for the list left out (it answered every project's days)
        json().get("/api/v1/dispatches/person-days?projectId=" + project + "&projectId=")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("projectId"));
    }
}
