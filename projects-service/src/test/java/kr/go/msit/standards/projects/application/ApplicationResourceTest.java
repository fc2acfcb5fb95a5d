package kr.go.msit.standards.projects.application;

import static kr.go.msit.standards.projects.Fixtures.application;
import static kr.go.msit.standards.projects.Fixtures.applicationsUnderReview;
import static kr.go.msit.standards.projects.Fixtures.createApplication;
import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.projects.Fixtures.moveApplication;
import static kr.go.msit.standards.projects.Fixtures.openCall;
import static kr.go.msit.standards.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.Api;
import kr.go.msit.standards.testsupport.AtOnce;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@ProjectsTest
class ApplicationResourceTest {

    /**
     * Reviewers stay anonymous to the applicant (평가위원 비공개): its institution sees each score and comment but not
     * who gave it, in the application, its history and the change feed; a program manager and an auditor see names.
     */
    @Test
    void anApplicantSeesItsScoresButNotItsReviewers() throws InterruptedException {
        String app = applicationsUnderReview(5_000_000_000L, 1_250_000_000L, new long[] {400_000_000L})[1];
        json().body(Map.of("reviewer", "심사위원 비공개", "score", 77, "comment", "보완 필요"))
                .post("/api/v1/applications/" + app + "/reviews")
                .then()
                .statusCode(200)
                .body("reviews[0].reviewer", equalTo("심사위원 비공개"));
        RequestSpecification applicant = as(TestTokens.institution(Fixtures.KRISS));
        applicant
                .get("/api/v1/applications/" + app)
                .then()
                .statusCode(200)
                .body("leadInstitutionId", equalTo(Fixtures.KRISS))
                .body("reviews[0].score", equalTo(77))
                .body("reviews[0].comment", equalTo("보완 필요"))
                .body("reviews[0].reviewer", nullValue());
        as(TestTokens.institution(Fixtures.KRISS))
                .get("/api/v1/applications?callId="
                        + json().get("/api/v1/applications/" + app).path("callId"))
                .then()
                .body("items[0].reviews[0].reviewer", nullValue());
        String history = as(TestTokens.institution(Fixtures.KRISS))
                .get("/api/v1/applications/" + app + "/history")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(history.contains("보완 필요") && !history.contains("심사위원 비공개"), history);
        Api.asRole(Roles.AUDITOR)
                .get("/api/v1/applications/" + app)
                .then()
                .body("reviews[0].reviewer", equalTo("심사위원 비공개"));
        // the call's history shows its applications' changes to a program manager and an auditor only: to an
        // institution it would show its competitors' applications
        String call = json().get("/api/v1/applications/" + app).path("callId");
        as(TestTokens.institution(Fixtures.KRISS))
                .get("/api/v1/calls/" + call + "/history")
                .then()
                .statusCode(200)
                .body("items.resource", org.hamcrest.Matchers.not(hasItem("application")));
        Api.asRole(Roles.AUDITOR)
                .get("/api/v1/calls/" + call + "/history?size=200")
                .then()
                .body("items.resource", hasItem("application"));
        // the feed: the event of the review carries the name for the program manager, not for the applicant
        String query = "/api/v1/events/projects?subject=" + app + "&type=kr.go.msit.kus.application.reviewed";
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (json().get(query).path("items.size()").equals(0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        json().get(query).then().body("items[0].data.reviews[0].reviewer", equalTo("심사위원 비공개"));
        as(TestTokens.institution(Fixtures.KRISS))
                .get(query)
                .then()
                .statusCode(200)
                .body("items[0].data.reviews[0].score", equalTo(77))
                .body("items[0].data.reviews[0].reviewer", nullValue());
    }

    @Test
    void fromDraftToSelectedCreatesTheProjectWithItsReports() {
        String[] ids = applicationsUnderReview(
                5_000_000_000L, 1_250_000_000L, new long[] {400_000_000L, 400_000_000L, 450_000_000L});
        String app = ids[1];
        String unreviewed =
                json().get("/api/v1/applications/" + app).then().extract().header("ETag");
        String reviewed = json().body(Map.of("reviewer", "심사위원 A", "score", 90))
                .post("/api/v1/applications/" + app + "/reviews")
                .then()
                .statusCode(200)
                .body("reviews", hasSize(1))
                .header("ETag", not(equalTo(unreviewed)))
                .extract()
                .header("ETag");
        // a score changes the application, so the ETag returned is the one the record now has
        json().get("/api/v1/applications/" + app).then().statusCode(200).header("ETag", equalTo(reviewed));
        // a score sent against an older version is refused, and not recorded
        json().header("If-Match", unreviewed)
                .body(Map.of("reviewer", "심사위원 C", "score", 70))
                .post("/api/v1/applications/" + app + "/reviews")
                .then()
                .statusCode(412);
        json().header("If-Match", reviewed)
                .body(Map.of("reviewer", "심사위원 B", "score", 80, "comment", "우수"))
                .post("/api/v1/applications/" + app + "/reviews")
                .then()
                .statusCode(200)
                .body("averageScore", equalTo(85.0f));
        json().body(Map.of("reviewer", "심사위원 B", "score", 10))
                .post("/api/v1/applications/" + app + "/reviews")
                .then()
                .statusCode(409);

        String projectId = json().body(Map.of("periodStart", "2026-03-01"))
                .post("/api/v1/applications/" + app + "/select")
                .then()
                .statusCode(200)
                .body("status", equalTo("SELECTED"))
                .body("projectId", notNullValue())
                .body("decidedAt", notNullValue())
                .extract()
                .path("projectId");
        json().get("/api/v1/projects/" + projectId)
                .then()
                .statusCode(200)
                .body("status", equalTo("SELECTED"))
                .body("awardedTotalKrw", equalTo(1_250_000_000))
                .body("periodStart", equalTo("2026-03-01"))
                .body("periodEnd", equalTo("2029-02-28"))
                .body("applicationId", equalTo(app))
                .body("callId", equalTo(ids[0]))
                .body("code", startsWith("P-"))
                .body("titleKo", equalTo("양자 측정표준 공동연구"));
        json().get("/api/v1/projects/" + projectId + "/reports")
                .then()
                .statusCode(200)
                .body("type", equalTo(List.of("ANNUAL", "ANNUAL", "FINAL")))
                .body("dueDate", equalTo(List.of("2027-03-31", "2028-03-31", "2029-04-30")));
        json().get("/api/v1/applications/" + app).then().body("projectId", equalTo(projectId));
    }

    @Test
    void notSelectedAndWithdrawn() {
        String[] ids = applicationsUnderReview(5_000_000_000L, 1_000_000_000L, new long[] {100L}, new long[] {100L});
        json().body(Map.of("reason", "낮은 점수"))
                .post("/api/v1/applications/" + ids[1] + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("NOT_SELECTED"))
                .body("statusReason", equalTo("낮은 점수"));
        json().post("/api/v1/applications/" + ids[2] + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        json().post("/api/v1/applications/" + ids[1] + "/withdraw")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("NOT_SELECTED"));
    }

    @ParameterizedTest
    @CsvSource({
        "'', check-eligibility, DRAFT",
        "'', select, DRAFT",
        "'', start-review, DRAFT",
        "submit, submit, SUBMITTED",
        "submit, select, SUBMITTED",
        "submit, reject, SUBMITTED",
        "submit check-eligibility, select, ELIGIBILITY_CHECKED",
        "withdraw, submit, WITHDRAWN"
    })
    void illegalTransitionsAre409(String path, String action, String state) {
        String call = openCall(5_000_000_000L, 1_000_000_000L);
        String app = createApplication(call, 100L);
        if (!path.isBlank()) {
            moveApplication(app, path.split(" "));
        }
        json().post("/api/v1/applications/" + app + "/" + action)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo(state));
    }

    @Test
    void reviewsOnlyWhileUnderReview() {
        String app = createApplication(openCall(5_000_000_000L, 1_000_000_000L), 100L);
        json().body(Map.of("reviewer", "A", "score", 50))
                .post("/api/v1/applications/" + app + "/reviews")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("DRAFT"));
        String[] ids = applicationsUnderReview(5_000_000_000L, 1_000_000_000L, new long[] {100L});
        json().body(Map.of("reviewer", "A", "score", 101))
                .post("/api/v1/applications/" + ids[1] + "/reviews")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("score"));
        // one reviewer scores once, whatever the letter case: 'R1' then 'r1' counted twice (average 90 → 50)
        json().body(Map.of("reviewer", "Reviewer R1", "score", 90))
                .post("/api/v1/applications/" + ids[1] + "/reviews")
                .then()
                .statusCode(200);
        json().body(Map.of("reviewer", "reviewer r1", "score", 10))
                .post("/api/v1/applications/" + ids[1] + "/reviews")
                .then()
                .statusCode(409);
        json().get("/api/v1/applications/" + ids[1])
                .then()
                .body("reviews", hasSize(1))
                .body("averageScore", equalTo(90.0f));
    }

    @Test
    void applicationsNeedAnOpenCall() {
        String program = Fixtures.createProgram(50_000_000_000L);
        String draftCall = Fixtures.createCall(program, 1_000_000_000L, 500_000_000L);
        json().body(application(draftCall, Fixtures.KRISS, 100L))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-not-open"))
                .body("callStatus", equalTo("DRAFT"));
        json().body(application("7d0f3f4e-0000-4000-8000-000000000000", Fixtures.KRISS, 100L))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-call"));

        String call = openCall(5_000_000_000L, 1_000_000_000L);
        String app = createApplication(call, 100L);
        Fixtures.moveCall(call, "close");
        json().post("/api/v1/applications/" + app + "/submit")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-not-open"));
    }

    @Test
    void budgetRules() {
        String call = openCall(5_000_000_000L, 1_000_000_000L);
        json().body(application(call, Fixtures.KRISS, 600_000_000L, 600_000_000L))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("per-project-cap"));
        json().body(application(call, Fixtures.KRISS, 1L, 1L, 1L, 1L, 1L))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("budget-year-outside-call"));
        var duplicateYears = application(call, Fixtures.KRISS);
        duplicateYears.put(
                "requestedBudget",
                List.of(Map.of("fiscalYear", 2026, "amountKrw", 1), Map.of("fiscalYear", 2026, "amountKrw", 2)));
        json().body(duplicateYears)
                .post("/api/v1/applications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("requestedBudget[1].fiscalYear"));
        var negative = application(call, Fixtures.KRISS, -5L);
        json().body(negative)
                .post("/api/v1/applications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("requestedBudget[0].amountKrw"));
        var leadAlsoJoint = application(call, Fixtures.ETRI, 1L);
        json().body(leadAlsoJoint)
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("rule", equalTo("lead-also-joint"));
        var noPi = application(call, Fixtures.KRISS, 1L);
        noPi.put("principalInvestigator", Map.of("name", " ", "email", "not-an-email"));
        json().body(noPi)
                .post("/api/v1/applications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("principalInvestigator.name"))
                .body("errors.field", hasItem("principalInvestigator.email"));
    }

    @Test
    void aDraftIsEditableWithIfMatch() {
        String call = openCall(5_000_000_000L, 1_000_000_000L);
        String app = createApplication(call, 100L);
        var body = application(call, Fixtures.KU_SEJONG, 200L, 300L);
        json().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/applications/" + app)
                .then()
                .statusCode(200)
                .body("requestedTotalKrw", equalTo(500))
                .body("leadInstitutionId", equalTo(Fixtures.KU_SEJONG));
        json().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/applications/" + app)
                .then()
                .statusCode(412);
        moveApplication(app, "submit");
        json().body(body)
                .put("/api/v1/applications/" + app)
                .then()
                .statusCode(409)
                .body("currentState", equalTo("SUBMITTED"));
        json().get("/api/v1/applications?callId=" + call + "&status=SUBMITTED&leadInstitutionId=" + Fixtures.KU_SEJONG)
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(app));
    }

    /**
     * Edits of one draft at once are taken in turn under its lock: without If-Match each is applied, the last one
     * standing; before, every loser got a bare 409 ("changed by another request") no client could act on.
     */
    @Test
    void editsOfOneDraftAtOnceAreTakenInTurn() throws Exception {
        String call = openCall(5_000_000_000L, 1_000_000_000L);
        String app = createApplication(call, 100L);
        List<Callable<Response>> edits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var body = application(call, Fixtures.KU_SEJONG, 200L + i, 300L);
            edits.add(() -> json().body(body).put("/api/v1/applications/" + app));
        }
        List<Response> answers = AtOnce.all(edits);
        assertEquals(
                List.of(200, 200, 200, 200, 200),
                answers.stream().map(Response::statusCode).toList(),
                answers.stream().map(Response::asString).toList().toString());
        json().get("/api/v1/applications/" + app).then().body("version", equalTo(5));
    }

    /**
     * A joint institution (공동연구기관) is one partnership-service knows, asked at submission as the lead is: an unknown
     * id was kept as given, and the rule that a joint institution's people may not evaluate the project named nobody
     * (found by probing). Fail closed: 503 when partnership-service cannot answer.
     */
    @Test
    void aSubmittedApplicationsJointInstitutionsAreKnown() {
        String call = openCall(5_000_000_000L, 1_000_000_000L);
        String unknown = kr.go.msit.standards.projects.PartnershipStub.unknownInstitution();
        for (String joint : List.of(unknown, kr.go.msit.standards.projects.PartnershipStub.failingInstitution())) {
            var body = application(call, Fixtures.KRISS, 100L);
            body.put("jointInstitutionIds", List.of(Fixtures.ETRI, joint));
            String app = json().body(body)
                    .post("/api/v1/applications")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Response refused = json().post("/api/v1/applications/" + app + "/submit");
            if (joint.equals(unknown)) {
                assertEquals(422, refused.statusCode(), refused.asString());
                assertEquals("unknown-institution", refused.path("rule"), refused.asString());
                assertEquals(
                        "Joint institution " + joint + " is not known to partnership-service", refused.path("detail"));
            } else {
                assertEquals(503, refused.statusCode(), refused.asString());
                assertEquals("partnership-service", refused.path("dependency"), refused.asString());
            }
            json().get("/api/v1/applications/" + app).then().body("status", equalTo("DRAFT"));
        }
    }

    @Test
    void selectionIsRefusedAboveTheCallCeilingOrCapOrOutsideReview() {
        String[] ids = applicationsUnderReview(
                1_000_000_000L, 800_000_000L, new long[] {700_000_000L}, new long[] {400_000_000L}, new long[] {
                    300_000_000L
                });
        // a project starts within its program's years (2025–2035 here)
        json().body(Map.of("periodStart", "9999-01-01"))
                .post("/api/v1/applications/" + ids[1] + "/select")
                .then()
                .statusCode(422)
                .body("rule", equalTo("period-start-outside-program"));
        // and ends within them: 36 months from February 2033 end in January 2036
        json().body(Map.of("periodStart", "2033-02-01"))
                .post("/api/v1/applications/" + ids[1] + "/select")
                .then()
                .statusCode(422)
                .body("rule", equalTo("period-end-outside-program"))
                .body("periodEnd", equalTo("2036-01-31"))
                .body("programEndYear", equalTo(2035));
        json().get("/api/v1/applications/" + ids[1]).then().body("status", equalTo("UNDER_REVIEW"));
        json().post("/api/v1/applications/" + ids[1] + "/select").then().statusCode(200);
        json().post("/api/v1/applications/" + ids[2] + "/select")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-ceiling"))
                .body("remainingKrw", equalTo(300_000_000));
        json().body(Map.of("awardedTotalKrw", 400_000_000L))
                .post("/api/v1/applications/" + ids[3] + "/select")
                .then()
                .statusCode(422)
                .body("rule", equalTo("award-above-request"));
        json().post("/api/v1/applications/" + ids[3] + "/select").then().statusCode(200);
        json().post("/api/v1/applications/" + ids[3] + "/select")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("SELECTED"));
        // a call with a project selected from it is not cancelled: its ceiling is what counts their awards
        json().post("/api/v1/calls/" + ids[0] + "/cancel")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-has-projects"));
        json().get("/api/v1/calls/" + ids[0]).then().body("status", equalTo("UNDER_REVIEW"));
        json().post("/api/v1/calls/" + ids[0] + "/publish-results")
                .then()
                .statusCode(422)
                .body("rule", equalTo("results-before-decisions"));
        json().post("/api/v1/applications/" + ids[2] + "/reject").then().statusCode(200);
        json().post("/api/v1/calls/" + ids[0] + "/publish-results").then().statusCode(200);
    }

    @Test
    void selectionWaitsForTheCallToBeUnderReview() {
        String call = openCall(5_000_000_000L, 1_000_000_000L);
        String app = createApplication(call, 100L);
        moveApplication(app, "submit", "check-eligibility", "start-review");
        json().post("/api/v1/applications/" + app + "/select")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-not-under-review"))
                .body("callStatus", equalTo("OPEN"));
    }

    /** Ten applications of 300M race for a 1,000M ceiling: exactly three are selected, never four. */
    @Test
    void concurrentSelectionsNeverExceedTheCeiling() throws Exception {
        long[][] amounts = new long[10][];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = new long[] {300_000_000L};
        }
        String[] ids = applicationsUnderReview(1_000_000_000L, 500_000_000L, amounts);
        List<Callable<Response>> selections = new ArrayList<>();
        for (int i = 1; i < ids.length; i++) {
            String app = ids[i];
            selections.add(() -> json().post("/api/v1/applications/" + app + "/select"));
        }
        int selected = 0;
        int refused = 0;
        for (Response r : AtOnce.all(selections)) {
            if (r.statusCode() == 200) {
                selected++;
            } else {
                assertEquals(422, r.statusCode(), r.asString());
                refused++;
            }
        }
        assertEquals(3, selected);
        assertEquals(7, refused);
        json().get("/api/v1/projects?callId=" + ids[0]).then().body("total", equalTo(3));
    }

    @Test
    void selectionIsIdempotentUnderAKey() {
        String[] ids = applicationsUnderReview(1_000_000_000L, 800_000_000L, new long[] {100L});
        String key = UUID.randomUUID().toString();
        String project = json().header("Idempotency-Key", key)
                .post("/api/v1/applications/" + ids[1] + "/select")
                .then()
                .statusCode(200)
                .extract()
                .path("projectId");
        json().header("Idempotency-Key", key)
                .post("/api/v1/applications/" + ids[1] + "/select")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("projectId", equalTo(project));
        json().get("/api/v1/projects?callId=" + ids[0]).then().body("total", equalTo(1));
    }
}
