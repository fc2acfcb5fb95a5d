package kr.go.msit.standards.partnership.dispatch;

import static kr.go.msit.standards.partnership.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.go.msit.standards.partnership.Fixtures;
import kr.go.msit.standards.partnership.PartnershipTest;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.testsupport.AtOnce;
import kr.go.msit.standards.testsupport.ProjectsStub;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PartnershipTest
class DispatchResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    @Inject
    AgroalDataSource dataSource;

    private static String plan(String email, LocalDate start, LocalDate end) {
        return json().body(Fixtures.dispatch(email, Fixtures.KRISS, start, end))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A dispatch's days lie within its project's period: when it is planned, approved and begun. */
    @Test
    void aDispatchsDaysLieWithinItsProjectsPeriod() {
        String project = ProjectsStub.projectRunning(TODAY.minusYears(1), TODAY.plusDays(30));
        Map<String, Object> beyond =
                Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(20), TODAY.plusDays(31));
        beyond.put("projectId", project);
        json().body(beyond)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("dispatch-outside-project-period"))
                .body("projectPeriodStart", equalTo(TODAY.minusYears(1).toString()))
                .body("projectPeriodEnd", equalTo(TODAY.plusDays(30).toString()));
        beyond.put("plannedStart", TODAY.minusYears(1).minusDays(1).toString());
        beyond.put("plannedEnd", TODAY.minusDays(300).toString());
        json().body(beyond)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("dispatch-outside-project-period"));
        Map<String, Object> within =
                Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.minusDays(5), TODAY.plusDays(30));
        within.put("projectId", project);
        String first = json().body(within)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        within.put(
                "researcher",
                Map.of(
                        "name",
                        "김연구",
                        "email",
                        Fixtures.email(),
                        "position",
                        "Researcher",
                        "homeInstitutionId",
                        Fixtures.KRISS));
        String second = json().body(within)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().post("/api/v1/dispatches/" + second + "/approve").then().statusCode(200);
        // the project is shortened: the first can no longer be approved, the second not begun
        ProjectsStub.setPeriod(project, TODAY.minusYears(1), TODAY.minusDays(10));
        json().post("/api/v1/dispatches/" + first + "/approve")
                .then()
                .statusCode(422)
                .body("rule", equalTo("dispatch-outside-project-period"))
                .body("projectPeriodEnd", equalTo(TODAY.minusDays(10).toString()));
        json().body(Map.of("date", TODAY.minusDays(5).toString()))
                .post("/api/v1/dispatches/" + second + "/arrive")
                .then()
                .statusCode(422)
                .body("rule", equalTo("dispatch-outside-project-period"));
        json().body(Map.of("date", TODAY.minusDays(11).toString()))
                .post("/api/v1/dispatches/" + second + "/arrive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_SITE"));
    }

    @Test
    void aKrissResearcherGoesToNistBoulderFromPlannedToCompleted() {
        String email = Fixtures.email();
        String id = json().body(Fixtures.dispatch(email, Fixtures.KRISS, TODAY.minusDays(20), TODAY.plusDays(60)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .body("status", equalTo("PLANNED"))
                .body("code", startsWith("DSP-"))
                .body("projectCode", equalTo("KUS-T-RUNNING"))
                .body("siteCode", equalTo("BOULDER"))
                .body("researcher.email", equalTo(email))
                .body("institutionId", equalTo(Fixtures.KRISS))
                .extract()
                .path("id");
        json().post("/api/v1/dispatches/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        json().body(Map.of("date", TODAY.minusDays(10).toString()))
                .post("/api/v1/dispatches/" + id + "/arrive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_SITE"))
                .body("actualStart", equalTo(TODAY.minusDays(10).toString()));
        json().get("/api/v1/dispatches?siteId=" + Fixtures.BOULDER + "&onSiteOn=" + TODAY.minusDays(5) + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        json().get("/api/v1/dispatches?onSiteOn=" + TODAY.minusDays(11) + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        json().body(Map.of("date", TODAY.minusDays(1).toString()))
                .post("/api/v1/dispatches/" + id + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("actualEnd", equalTo(TODAY.minusDays(1).toString()));
        // who was at the site that day: a stay since completed still covered it
        json().get("/api/v1/dispatches?siteId=" + Fixtures.BOULDER + "&onSiteOn=" + TODAY.minusDays(5) + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        json().get("/api/v1/dispatches?siteId=" + Fixtures.BOULDER + "&onSiteOn=" + TODAY + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        // a date given empty is no date left out (?from= listed every dispatch)
        for (String date : java.util.List.of("from", "to", "onSiteOn")) {
            json().get("/api/v1/dispatches?" + date + "=")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo(date));
        }
        asRole(Roles.AUDITOR)
                .get("/api/v1/dispatches/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("create", "approve", "arrive", "complete")));
        assertThat(ProjectsStub.lastHeader(ProjectsStub.runningProject(), "Authorization"), startsWith("Bearer ey"));
    }

    @Test
    void illegalTransitionsAndBadDatesAreRefused() {
        String id = plan(Fixtures.email(), TODAY.plusDays(30), TODAY.plusDays(40));
        json().post("/api/v1/dispatches/" + id + "/arrive")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("PLANNED"));
        json().post("/api/v1/dispatches/" + id + "/cancel")
                .then()
                .statusCode(422)
                .body("rule", equalTo("reason-required"));
        json().post("/api/v1/dispatches/" + id + "/approve").then().statusCode(200);
        json().body(Map.of("date", TODAY.plusDays(1).toString()))
                .post("/api/v1/dispatches/" + id + "/arrive")
                .then()
                .statusCode(422)
                .body("rule", equalTo("date-in-future"));
        json().body(Map.of("date", TODAY.minusDays(3).toString()))
                .post("/api/v1/dispatches/" + id + "/arrive")
                .then()
                .statusCode(200);
        json().body(Map.of("date", TODAY.minusDays(4).toString()))
                .post("/api/v1/dispatches/" + id + "/complete")
                .then()
                .statusCode(422)
                .body("rule", equalTo("end-before-arrival"));
        json().post("/api/v1/dispatches/" + id + "/cut-short").then().statusCode(422);
        json().body(Map.of("reason", "family emergency"))
                .post("/api/v1/dispatches/" + id + "/cut-short")
                .then()
                .statusCode(200)
                .body("status", equalTo("CUT_SHORT"))
                .body("actualEnd", equalTo(TODAY.toString()));
        json().body(Map.of("reason", "too late"))
                .post("/api/v1/dispatches/" + id + "/cancel")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("CUT_SHORT"));
    }

    @Test
    void overlappingDispatchesOfOneResearcherAreRefusedAndCancellingFreesThePeriod() {
        String email = Fixtures.email();
        LocalDate start = TODAY.plusDays(100);
        String first = plan(email, start, start.plusDays(30));
        json().body(Fixtures.dispatch(email, Fixtures.KRISS, start.plusDays(30), start.plusDays(40)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(409)
                .body("detail", containsString("already dispatched"));
        plan(email, start.plusDays(31), start.plusDays(40));
        plan(email.toUpperCase(), start.minusDays(10), start.minusDays(1));
        json().body(Fixtures.dispatch(email, Fixtures.KRISS, start.plusDays(5), start.plusDays(6)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(409);
        json().body(Map.of("reason", "visa delayed"))
                .post("/api/v1/dispatches/" + first + "/cancel")
                .then()
                .statusCode(200);
        plan(email, start.plusDays(5), start.plusDays(6));
    }

    /**
     * An arrival that moves a dispatch onto another one's days is refused as a new dispatch is: 409
     * {@code dispatch-overlap} naming the other, as the operation documents. It was the database's anonymous 409
     * (the flush before the check hit the exclusion constraint first).
     */
    @Test
    void anArrivalOntoAnotherDispatchsDaysIsTheOverlapRule() {
        String email = Fixtures.email();
        LocalDate start = TODAY.minusDays(60);
        String first = plan(email, start, start.plusDays(4));
        String later = plan(email, start.plusDays(10), start.plusDays(20));
        json().post("/api/v1/dispatches/" + later + "/approve").then().statusCode(200);
        String firstCode =
                json().get("/api/v1/dispatches/" + first).then().extract().path("code");
        json().body(Map.of("date", start.plusDays(2).toString()))
                .post("/api/v1/dispatches/" + later + "/arrive")
                .then()
                .statusCode(409)
                .body("rule", equalTo("dispatch-overlap"))
                .body("detail", containsString(firstCode));
        json().get("/api/v1/dispatches/" + later).then().body("status", equalTo("APPROVED"));
    }

    /**
     * A researcher who stays on after the planned end is still taken up to today: listed as on site today, and no
     * second dispatch can be planned over those days (it could, and then completing the first with the real last day
     * was refused as an overlap). Days after today stay free to plan.
     */
    @Test
    void aResearcherStillOnSiteAfterThePlannedEndIsTakenUpToToday() {
        String email = Fixtures.email();
        String stay = plan(email, TODAY.minusDays(40), TODAY.minusDays(20));
        json().post("/api/v1/dispatches/" + stay + "/approve").then().statusCode(200);
        String stayCode = json().body(Map.of("date", TODAY.minusDays(40).toString()))
                .post("/api/v1/dispatches/" + stay + "/arrive")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        json().get("/api/v1/dispatches?siteId=" + Fixtures.BOULDER + "&status=ON_SITE&onSiteOn=" + TODAY + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(stay));
        json().get("/api/v1/dispatches?siteId=" + Fixtures.BOULDER + "&status=ON_SITE&from=" + TODAY + "&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(stay));
        json().body(Fixtures.dispatch(email, Fixtures.KRISS, TODAY.minusDays(5), TODAY.plusDays(5)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(409)
                .body("rule", equalTo("dispatch-overlap"))
                .body("detail", containsString(stayCode));
        String next = plan(email, TODAY.plusDays(10), TODAY.plusDays(20));
        json().body(Map.of("date", TODAY.toString()))
                .post("/api/v1/dispatches/" + stay + "/complete")
                .then()
                .statusCode(200)
                .body("actualEnd", equalTo(TODAY.toString()));
        json().get("/api/v1/dispatches/" + next).then().body("status", equalTo("PLANNED"));
    }

    /**
     * An arrival that makes a stay run past its planned end up to today, and a plan over those days, at once: one of
     * the two wins. Those days are the service's check only (not the constraint's), and both had succeeded.
     */
    @Test
    void anArrivalAndAPlanOverItsDaysUpToTodayAtOnceDoNotBothSucceed() throws Exception {
        String token = TestTokens.role(Roles.PARTNERSHIP_OFFICER);
        List<Callable<String>> requests = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            String email = Fixtures.email();
            String stay = plan(email, TODAY.minusDays(40), TODAY.minusDays(30));
            json().post("/api/v1/dispatches/" + stay + "/approve").then().statusCode(200);
            requests.add(() -> email + " arrive "
                    + as(token)
                            .body(Map.of("date", TODAY.minusDays(40).toString()))
                            .post("/api/v1/dispatches/" + stay + "/arrive")
                            .statusCode());
            requests.add(() -> email + " plan "
                    + as(token)
                            .body(Fixtures.dispatch(email, Fixtures.KRISS, TODAY.minusDays(5), TODAY.minusDays(3)))
                            .post("/api/v1/dispatches")
                            .statusCode());
        }
        List<String> answers = AtOnce.all(requests);
        for (int round = 0; round < 8; round++) {
            String arrive = answers.get(2 * round);
            String plan = answers.get(2 * round + 1);
            assertTrue(
                    (arrive.endsWith(" 200") && plan.endsWith(" 409"))
                            || (arrive.endsWith(" 409") && plan.endsWith(" 201")),
                    "one of the two wins: " + answers);
        }
    }

    @Test
    void ofManyParallelOverlappingRequestsExactlyOneWins() throws Exception {
        String email = Fixtures.email();
        LocalDate start = TODAY.plusDays(400);
        List<Integer> statuses = plannedAtOnce(email, shift -> start.plusDays(shift), 20);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        json().get("/api/v1/dispatches?projectId=" + ProjectsStub.runningProject() + "&from=" + start + "&to="
                        + start.plusDays(40) + "&size=200")
                .then()
                .statusCode(200)
                .body("items.findAll { it.researcher.email == '" + email + "' }.size()", equalTo(1));
    }

    /**
     * The first dispatches of a new researcher, planned at once for days that do not overlap, are all recorded: each
     * finds the researcher the first one recorded. All but one were refused with the unique constraint's 409.
     */
    @Test
    void parallelFirstDispatchesOfANewResearcherOnSeparateDaysAreAllRecorded() throws Exception {
        String email = Fixtures.email();
        LocalDate start = TODAY.plusDays(700);
        assertEquals(
                List.of(201, 201, 201, 201, 201, 201, 201, 201), plannedAtOnce(email, i -> start.plusDays(10L * i), 4));
    }

    /** Eight dispatches of one researcher planned at once, the i-th from {@code start(i)} for {@code days} more days. */
    private static List<Integer> plannedAtOnce(String email, java.util.function.IntFunction<LocalDate> start, int days)
            throws Exception {
        String token = TestTokens.role(Roles.PARTNERSHIP_OFFICER);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate from = start.apply(i);
            requests.add(() -> as(token)
                    .body(Fixtures.dispatch(email, Fixtures.KRISS, from, from.plusDays(days)))
                    .post("/api/v1/dispatches")
                    .statusCode());
        }
        return AtOnce.all(requests);
    }

    @Test
    void theDatabaseItselfRefusesAnOverlapThatBypassesTheService() throws Exception {
        String id = plan(Fixtures.email(), TODAY.plusDays(900), TODAY.plusDays(910));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate("""
                    INSERT INTO dispatch (id, code, researcher_id, institution_id, project_id, project_code, site_id,
                        host_laboratory, purpose, visa_category, planned_start, planned_end, status)
                    SELECT gen_random_uuid(), 'DSP-COPY', researcher_id, institution_id, project_id, project_code, site_id,
                        host_laboratory, purpose, visa_category, planned_start + 5, planned_end + 5, 'PLANNED'
                    FROM dispatch WHERE id = '%s'""".formatted(id)));
            assertTrue(refused.getMessage().contains("dispatch_no_overlap"), refused.getMessage());
        }
    }

    @Test
    void theProjectMustExistAndBeAbleToFundTheDispatch() {
        Map<String, Object> body = Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY, TODAY.plusDays(3));
        body.put("projectId", "7d0f3f4e-0000-4000-8000-000000000000");
        json().body(body).post("/api/v1/dispatches").then().statusCode(422).body("rule", equalTo("unknown-project"));
        body.put("projectId", ProjectsStub.completedProject());
        json().body(body)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("project-not-active"))
                // the state projects-service answered, as funding names it
                .body("projectStatus", equalTo("COMPLETED"));
        String failing = ProjectsStub.activeProject();
        ProjectsStub.fail(failing);
        body.put("projectId", failing);
        json().body(body)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("dependency", equalTo("projects-service"));
        String slow = ProjectsStub.activeProject();
        ProjectsStub.slow(slow, 3000);
        body.put("projectId", slow);
        json().body(body)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(503)
                .body("dependency", equalTo("projects-service"))
                .time(lessThan(2500L));
    }

    @Test
    void approvingAndArrivingAskTheProjectAgain() {
        String project = ProjectsStub.activeProject();
        Map<String, Object> body =
                Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.minusDays(5), TODAY.plusDays(5));
        body.put("projectId", project);
        String planned = json().body(body)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> other =
                Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.minusDays(5), TODAY.plusDays(5));
        other.put("projectId", project);
        String approved = json().body(other)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().post("/api/v1/dispatches/" + approved + "/approve").then().statusCode(200);
        try {
            // the project was suspended after the dispatches were planned
            ProjectsStub.setStatus(project, "SUSPENDED");
            json().post("/api/v1/dispatches/" + planned + "/approve")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("project-not-active"))
                    .body("projectStatus", equalTo("SUSPENDED"));
            json().post("/api/v1/dispatches/" + approved + "/arrive")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("project-not-active"));
            ProjectsStub.fail(project);
            json().post("/api/v1/dispatches/" + approved + "/arrive")
                    .then()
                    .statusCode(503)
                    .body("dependency", equalTo("projects-service"));
            json().get("/api/v1/dispatches/" + approved).then().body("status", equalTo("APPROVED"));
            // cancelling needs no project: what was planned can still be called off
            json().body(Map.of("reason", "과제 중단"))
                    .post("/api/v1/dispatches/" + planned + "/cancel")
                    .then()
                    .statusCode(200);
            ProjectsStub.setStatus(project, "ACTIVE");
            json().post("/api/v1/dispatches/" + approved + "/arrive").then().statusCode(200);
        } finally {
            ProjectsStub.setStatus(project, "ACTIVE");
        }
    }

    /** Planned days no visa allows are refused: before 1900, or longer than the visa category's longest stay. */
    @Test
    void aStayIsPlannedWithinWhatItsVisaAllows() {
        json().body(Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, LocalDate.of(1, 1, 1), LocalDate.of(1, 2, 1)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("date-before-1900"));
        LocalDate start = TODAY.plusDays(1200);
        json().body(Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, start, start.plusYears(5)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("stay-too-long"))
                .body(
                        "latestPlannedEnd",
                        equalTo(start.plusYears(5).minusDays(1).toString()));
        Map<String, Object> shortTerm = Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, start, start.plusMonths(6));
        shortTerm.put("visaCategory", "J1_SHORT_TERM_SCHOLAR");
        json().body(shortTerm).post("/api/v1/dispatches").then().statusCode(422).body("rule", equalTo("stay-too-long"));
        shortTerm.put("plannedEnd", start.plusMonths(6).minusDays(1).toString());
        json().body(shortTerm).post("/api/v1/dispatches").then().statusCode(201);
    }

    @Test
    void badInputIsAProblem() {
        Map<String, Object> body = Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(5), TODAY);
        json().body(body).post("/api/v1/dispatches").then().statusCode(422).body("rule", equalTo("dispatch-dates"));
        body = Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY, TODAY.plusDays(5));
        body.put("visaCategory", "B1");
        json().body(body)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("visaCategory"));
        body = Fixtures.dispatch("not-an-email", Fixtures.KRISS, TODAY, TODAY.plusDays(5));
        json().body(body)
                .post("/api/v1/dispatches")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("researcher.email"));
        body = Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY, TODAY.plusDays(5));
        body.put("siteId", "7d0f3f4e-0000-4000-8000-000000000000");
        json().body(body).post("/api/v1/dispatches").then().statusCode(422).body("rule", equalTo("unknown-site"));
        json().get("/api/v1/dispatches?onSiteOn=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("onSiteOn"));
        String email = Fixtures.email();
        plan(email, TODAY.plusDays(700), TODAY.plusDays(701));
        json().body(Fixtures.dispatch(email, Fixtures.ETRI, TODAY.plusDays(800), TODAY.plusDays(801)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("researcher-institution-mismatch"));
        // the stub's project is KRISS's, with ETRI joint: a researcher of any other institution is not its to send
        json().body(Fixtures.dispatch(
                        Fixtures.email(), Fixtures.createInstitution(), TODAY.plusDays(900), TODAY.plusDays(901)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(422)
                .body("rule", equalTo("researcher-not-of-project"));
        json().body(Fixtures.dispatch(Fixtures.email(), Fixtures.ETRI, TODAY.plusDays(900), TODAY.plusDays(901)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201);
    }

    @Test
    void anInstitutionRequestsAndCancelsItsOwnResearchersDispatchesOnly() {
        String kriss = TestTokens.institution(Fixtures.KRISS);
        String etri = TestTokens.institution(Fixtures.ETRI);
        String id = as(kriss)
                .body(Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(200), TODAY.plusDays(210)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(etri).body(Fixtures.dispatch(Fixtures.email(), Fixtures.KRISS, TODAY.plusDays(200), TODAY.plusDays(210)))
                .post("/api/v1/dispatches")
                .then()
                .statusCode(403);
        as(etri).get("/api/v1/dispatches/" + id).then().statusCode(404);
        as(etri).get("/api/v1/dispatches?size=200").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(kriss).post("/api/v1/dispatches/" + id + "/approve").then().statusCode(403);
        as(kriss)
                .body(Map.of("reason", "plans changed"))
                .post("/api/v1/dispatches/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        asRole(Roles.VIEWER).get("/api/v1/dispatches").then().statusCode(403);
    }
}
