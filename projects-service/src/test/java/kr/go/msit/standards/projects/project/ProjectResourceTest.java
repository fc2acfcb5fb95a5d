package kr.go.msit.standards.projects.project;

import static kr.go.msit.standards.projects.Fixtures.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.FundingStub;
import kr.go.msit.standards.projects.PartnershipStub;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@ProjectsTest
class ProjectResourceTest {

    @Test
    void theEightProjectsOf2025AreSeeded() {
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&programId=" + Fixtures.PROGRAM_2025 + "&size=20")
                .then()
                .statusCode(200)
                .body("total", equalTo(8))
                .body(
                        "items.code",
                        equalTo(List.of(
                                "KUS-2025-01",
                                "KUS-2025-02",
                                "KUS-2025-03",
                                "KUS-2025-04",
                                "KUS-2025-05",
                                "KUS-2025-06",
                                "KUS-2025-07",
                                "KUS-2025-08")))
                .body("items.awardedTotalKrw", everyItem(equalTo(1_250_000_000)))
                .body("items[1].titleKo", equalTo("양자 네트워크 라우팅 및 제어/관리 핵심 기술과 표준 개발"))
                .body("items[1].leadInstitutionId", equalTo(Fixtures.KU_SEJONG))
                .body("items[3].leadInstitutionId", equalTo(Fixtures.ETRI))
                .body("items[3].technologyArea", equalTo("NEXT_GENERATION_COMMUNICATIONS"))
                .body("items[0].periodStart", equalTo("2025-01-01"))
                .body("items[0].periodEnd", equalTo("2027-12-31"));
    }

    @Test
    void theSummaryCountsWhatTheListShowsByStateAndAreaWithinTheCallersScope() {
        int listed = json().get("/api/v1/projects?programId=" + Fixtures.PROGRAM_2025 + "&size=1")
                .then()
                .extract()
                .path("total");
        int active = json().get("/api/v1/projects?programId=" + Fixtures.PROGRAM_2025 + "&status=ACTIVE&size=1")
                .then()
                .extract()
                .path("total");
        int quantum = json().get(
                        "/api/v1/projects?programId=" + Fixtures.PROGRAM_2025 + "&technologyArea=QUANTUM&size=1")
                .then()
                .extract()
                .path("total");
        json().get("/api/v1/projects/summary?programId=" + Fixtures.PROGRAM_2025)
                .then()
                .statusCode(200)
                .body("programId", equalTo(Fixtures.PROGRAM_2025))
                .body("projects", equalTo(listed))
                .body("byStatus.find { it.status == 'ACTIVE' }.projects", equalTo(active))
                .body("byTechnologyArea.find { it.technologyArea == 'QUANTUM' }.projects", equalTo(quantum))
                .body("byStatus.projects.sum()", equalTo(listed))
                .body("byTechnologyArea.projects.sum()", equalTo(listed))
                .body("byStatus", hasSize(ProjectStatus.values().length))
                .body("byTechnologyArea", hasSize(TechnologyArea.values().length));
        // an institution counts the projects it leads: ETRI leads KUS-2025-04 among the eight
        int etri = json().get("/api/v1/projects?programId=" + Fixtures.PROGRAM_2025 + "&leadInstitutionId="
                        + Fixtures.ETRI + "&size=1")
                .then()
                .extract()
                .path("total");
        Api.as(kr.go.msit.standards.testsupport.TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/projects/summary?programId=" + Fixtures.PROGRAM_2025)
                .then()
                .statusCode(200)
                .body("projects", equalTo(etri));
        json().get("/api/v1/projects/summary?programId=not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aCursorWalksTheSamePagesAsPageNumbersWithoutRecounting() {
        String base = "/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&size=3";
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of(
                        "KUS-2025-01",
                        "KUS-2025-02",
                        "KUS-2025-03",
                        "KUS-2025-04",
                        "KUS-2025-05",
                        "KUS-2025-06",
                        "KUS-2025-07",
                        "KUS-2025-08"),
                kr.go.msit.standards.testsupport.PageWalk.cursorWalkMatchesPages(
                        Fixtures::json, "/api/v1/projects?callId=" + Fixtures.CALL_2025, 3, "items.code"));
        // a cursor that this list did not give out is refused, not guessed at
        json().get(base + "&after=not-a-cursor").then().statusCode(400).contentType("application/problem+json");
        json().get(base + "&after=" + java.util.Base64.getUrlEncoder().encodeToString("1:x:8:KUS".getBytes()))
                .then()
                .statusCode(400);
    }

    @Test
    void listsFilterByStatusAreaLeadAndFreeText() {
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&technologyArea=SEMICONDUCTORS")
                .then()
                .body("items.code", equalTo(List.of("KUS-2025-06", "KUS-2025-08")));
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&leadInstitutionId=" + Fixtures.KRISS)
                .then()
                .body("total", equalTo(6));
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&q=광시계")
                .then()
                .body("items.code", equalTo(List.of("KUS-2025-05")));
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&q=Optical Clocks")
                .then()
                .body("items.code", equalTo(List.of("KUS-2025-05")));
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&q=kus-2025-0")
                .then()
                .body("total", equalTo(8));
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&q=100%25")
                .then()
                .body("total", equalTo(0));
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&status=ACTIVE&technologyArea=QUANTUM")
                .then()
                .body("items.code", equalTo(List.of("KUS-2025-02", "KUS-2025-05")));
        json().get("/api/v1/projects?callId=" + Fixtures.CALL_2025 + "&size=3&page=2")
                .then()
                .body("items.code", equalTo(List.of("KUS-2025-07", "KUS-2025-08")))
                .body("total", equalTo(8))
                .body("page", equalTo(2))
                .body("size", equalTo(3));
        json().get("/api/v1/projects?technologyArea=TIME_TRAVEL")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        json().get("/api/v1/projects?q=" + "가".repeat(201))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void seededProjectsOweTheirReports() {
        json().get("/api/v1/projects/a0000002-0000-4000-8000-000000000001/reports")
                .then()
                .statusCode(200)
                .body("type", equalTo(List.of("ANNUAL", "ANNUAL", "FINAL")))
                .body("dueDate", equalTo(List.of("2026-01-31", "2027-01-31", "2028-02-29")));
    }

    /**
     * An imported project's award fits as a selected one's does: its call's per-project cap and ceiling, or for a
     * project of no call the program's envelope beside its calls' ceilings. Any award had been imported (900 trillion
     * KRW into a call already fully awarded), and funding-service then obligated money against it.
     */
    @Test
    void anImportedProjectsAwardFitsItsCallOrItsProgramsEnvelope() {
        Map<String, Object> overCap = Fixtures.importBody("ACTIVE");
        overCap.put("callId", Fixtures.CALL_2025);
        overCap.put("awardedTotalKrw", 1_250_000_001L);
        json().body(overCap).post("/api/v1/projects").then().statusCode(422).body("rule", equalTo("per-project-cap"));
        Map<String, Object> overCeiling = Fixtures.importBody("ACTIVE");
        overCeiling.put("callId", Fixtures.CALL_2025);
        overCeiling.put("awardedTotalKrw", 1_000_000L);
        json().body(overCeiling)
                .post("/api/v1/projects")
                .then()
                .statusCode(422)
                .body("rule", equalTo("call-ceiling"))
                .body("remainingKrw", equalTo(0));

        String program = Fixtures.createProgram(1_000);
        Map<String, Object> first = Fixtures.importBody("ACTIVE");
        first.put("programId", program);
        first.put("awardedTotalKrw", 600);
        json().body(first).post("/api/v1/projects").then().statusCode(201);
        Map<String, Object> second = Fixtures.importBody("ACTIVE");
        second.put("programId", program);
        second.put("awardedTotalKrw", 600);
        json().body(second)
                .post("/api/v1/projects")
                .then()
                .statusCode(422)
                .body("rule", equalTo("envelope-exceeded"))
                .body("remainingKrw", equalTo(400));
        json().body(Fixtures.call(program, Api.code("C"), 500, 500))
                .post("/api/v1/calls")
                .then()
                .statusCode(422)
                .body("rule", equalTo("calls-exceed-envelope"))
                .body("remainingKrw", equalTo(400));
        json().get("/api/v1/projects?programId=" + program)
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void walksTheLifecycleToClosed() {
        String id = Fixtures.importProject(null);
        json().get("/api/v1/projects/" + id).then().body("status", equalTo("SELECTED"));
        json().post("/api/v1/projects/" + id + "/sign-agreement")
                .then()
                .statusCode(200)
                .body("status", equalTo("AGREEMENT_SIGNED"));
        json().post("/api/v1/projects/" + id + "/activate")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        json().body(Map.of("reason", " 연구책임자 교체\t"))
                .post("/api/v1/projects/" + id + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("연구책임자 교체"));
        json().post("/api/v1/projects/" + id + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        json().post("/api/v1/projects/" + id + "/complete")
                .then()
                .statusCode(422)
                .body("rule", equalTo("final-report-missing"));

        List<Map<String, Object>> reports = json().get("/api/v1/projects/" + id + "/reports")
                .then()
                .extract()
                .path("$");
        String finalReport = (String) reports.get(reports.size() - 1).get("id");
        json().post("/api/v1/projects/" + id + "/reports/" + finalReport + "/submit")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("documentReference"));
        json().body(Map.of("documentReference", "NTIS-2028-001"))
                .post("/api/v1/projects/" + id + "/reports/" + finalReport + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        json().body(Map.of("note", "보완 필요"))
                .post("/api/v1/projects/" + id + "/reports/" + finalReport + "/request-revision")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVISION_REQUESTED"))
                .body("reviewNote", equalTo("보완 필요"));
        json().body(Map.of("documentReference", "NTIS-2028-002"))
                .post("/api/v1/projects/" + id + "/reports/" + finalReport + "/submit")
                .then()
                .statusCode(200);
        String annualReport = (String) reports.get(0).get("id");
        json().body(Map.of("documentReference", "NTIS-2026-001"))
                .post("/api/v1/projects/" + id + "/reports/" + annualReport + "/submit")
                .then()
                .statusCode(200);

        json().post("/api/v1/projects/" + id + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        // the final report it completed on is not sent back (the project would stand COMPLETED without one)
        json().body(Map.of("note", "보완 필요"))
                .post("/api/v1/projects/" + id + "/reports/" + finalReport + "/request-revision")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("COMPLETED"));
        json().post("/api/v1/projects/" + id + "/reports/" + finalReport + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        json().post("/api/v1/projects/" + id + "/reports/" + finalReport + "/accept")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("ACCEPTED"));
        // closed after settlement (정산), which funding-service is asked for; it cannot answer: 503, not a pass
        FundingStub.failing(id);
        json().post("/api/v1/projects/" + id + "/close")
                .then()
                .statusCode(503)
                .body("dependency", equalTo("funding-service"));
        String allocation = FundingStub.allocation(id, false);
        json().post("/api/v1/projects/" + id + "/close")
                .then()
                .statusCode(422)
                .body("rule", equalTo("settlement-pending"))
                .body("allocationId", equalTo(allocation));
        json().get("/api/v1/projects/" + id).then().body("status", equalTo("COMPLETED"));
        FundingStub.allocation(id, true);
        json().post("/api/v1/projects/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        // nor is any report of a closed project, which could never be submitted again
        json().body(Map.of("note", "보완 필요"))
                .post("/api/v1/projects/" + id + "/reports/" + annualReport + "/request-revision")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("CLOSED"));
        // every state it entered, oldest first, the last its current one since statusChangedAt
        json().get("/api/v1/projects/" + id)
                .then()
                .body(
                        "statusHistory.status",
                        equalTo(List.of(
                                "SELECTED",
                                "AGREEMENT_SIGNED",
                                "ACTIVE",
                                "SUSPENDED",
                                "ACTIVE",
                                "COMPLETED",
                                "CLOSED")))
                .body(
                        "statusHistory[-1].since",
                        equalTo(json().get("/api/v1/projects/" + id).path("statusChangedAt")));
        json().body(Map.of("reason", "x"))
                .post("/api/v1/projects/" + id + "/terminate")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("CLOSED"));
    }

    @ParameterizedTest
    @CsvSource({
        "SELECTED, activate",
        "SELECTED, suspend",
        "SELECTED, complete",
        "AGREEMENT_SIGNED, terminate",
        "AGREEMENT_SIGNED, resume",
        "ACTIVE, activate",
        "ACTIVE, close",
        "SUSPENDED, complete",
        "COMPLETED, terminate",
        "TERMINATED, resume",
        "CLOSED, activate"
    })
    void illegalTransitionsAre409(String state, String action) {
        String id = Fixtures.importProject(state);
        json().body(Map.of("reason", "시험"))
                .post("/api/v1/projects/" + id + "/" + action)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo(state));
    }

    @ParameterizedTest
    @CsvSource({"SELECTED", "ACTIVE", "SUSPENDED"})
    void terminationNeedsAReasonAndWorksFromSelectedActiveSuspended(String state) {
        String id = Fixtures.importProject(state);
        // a missing reason is answered as in every service: 422 reason-required
        json().post("/api/v1/projects/" + id + "/terminate")
                .then()
                .statusCode(422)
                .body("rule", equalTo("reason-required"));
        json().body(Map.of("reason", "협약 해약"))
                .post("/api/v1/projects/" + id + "/terminate")
                .then()
                .statusCode(200)
                .body("status", equalTo("TERMINATED"));
    }

    /**
     * Only an institution that holds a qualifying partner agreement may lead a project, imported ones too: asked of
     * partnership-service for today, with any instrument and the program's agencies; an unknown
     * institution is 422 and a partnership-service that cannot answer 503, and nothing is stored either way.
     */
    @Test
    void anImportedProjectsLeadMustBeEligible() {
        for (String[] lead : new String[][] {
            {PartnershipStub.notEligible(), "422", "lead-not-eligible"},
            {PartnershipStub.unknown(), "422", "unknown-institution"},
            {PartnershipStub.failing(), "503", null}
        }) {
            var body = Fixtures.importBody("ACTIVE");
            body.put("leadInstitutionId", lead[0]);
            var answer = json().body(body).post("/api/v1/projects").then().statusCode(Integer.parseInt(lead[1]));
            if (lead[2] != null) {
                answer.body("rule", equalTo(lead[2]));
            } else {
                answer.body("dependency", equalTo("partnership-service"));
            }
            json().get("/api/v1/projects?leadInstitutionId=" + lead[0]).then().body("total", equalTo(0));
        }
        var body = Fixtures.importBody("ACTIVE");
        String eligible = UUID.randomUUID().toString(); // the stub's default: eligible
        body.put("leadInstitutionId", eligible);
        json().body(body).post("/api/v1/projects").then().statusCode(201);
        var asked = PartnershipStub.lastRequestFor(eligible);
        assertEquals(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString(),
                asked.queryParameter("date").firstValue());
        assertEquals(
                List.of("CONFIRMATION_LETTER", "LOI", "MOU"),
                asked.queryParameter("instrument").values());
        assertEquals(List.of("NIST"), asked.queryParameter("agencyCode").values());
    }

    @Test
    void importRulesAndUpdates() {
        var body = Fixtures.importBody(null);
        json().body(body).post("/api/v1/projects").then().statusCode(201);
        json().body(body).post("/api/v1/projects").then().statusCode(409);
        var backwards = Fixtures.importBody(null);
        backwards.put("periodEnd", "2024-01-01");
        json().body(backwards).post("/api/v1/projects").then().statusCode(422).body("rule", equalTo("project-period"));
        // at most ten years: a period to 9999-12-31 scheduled reports due in year 10000 (and more than 100 was a 409)
        var endless = Fixtures.importBody(null);
        endless.put("periodEnd", "9999-12-31");
        json().body(endless).post("/api/v1/projects").then().statusCode(422).body("rule", equalTo("project-period"));
        // and it starts within the program's years (a year in 9999 put its final report in year 10000 too)
        var late = Fixtures.importBody(null);
        late.put("periodStart", "9999-01-01");
        late.put("periodEnd", "9999-12-31");
        json().body(late).post("/api/v1/projects").then().statusCode(422).body("rule", equalTo("project-period"));
        var wrongYear = Fixtures.importBody(null);
        wrongYear.put("fiscalYear", 2035);
        json().body(wrongYear).post("/api/v1/projects").then().statusCode(422);
        var badDate = Fixtures.importBody(null);
        badDate.put("periodStart", "2025-13-40");
        json().body(badDate)
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("periodStart"));

        String id = Fixtures.importProject(null);
        Map<String, Object> update = Map.of(
                "titleKo",
                "새 제목",
                "titleEn",
                "New title",
                "technologyArea",
                "SEMICONDUCTORS",
                "principalInvestigatorName",
                "이책임");
        json().header("If-Match", "\"0\"")
                .body(update)
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(200)
                .body("titleKo", equalTo("새 제목"))
                .body("principalInvestigatorName", equalTo("이책임"));
        json().header("If-Match", "W/\"0\"")
                .body(update)
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(412);
        json().get("/api/v1/projects?q=새 제목").then().body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void reportsCanBeScheduledOnce() {
        String id = Fixtures.importProject("ACTIVE");
        Map<String, Object> stage = Map.of("type", "STAGE", "sequence", 1, "dueDate", "2026-12-31");
        String location = json().body(stage)
                .post("/api/v1/projects/" + id + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        // the Location answers, with the report's ETag (before, 404); another project's report id is 404 here
        String report = json().get(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("type", equalTo("STAGE"))
                .extract()
                .path("id");
        json().get("/api/v1/projects/a0000002-0000-4000-8000-000000000001/reports/" + report)
                .then()
                .statusCode(404);
        json().body(stage).post("/api/v1/projects/" + id + "/reports").then().statusCode(409);
        // due before the project starts: a report due in 1800 was scheduled (found by probing)
        json().body(Map.of("type", "STAGE", "sequence", 2, "dueDate", "1800-01-31"))
                .post("/api/v1/projects/" + id + "/reports")
                .then()
                .statusCode(422)
                .body("rule", equalTo("report-due-before-project"));
        json().get("/api/v1/projects/" + id + "/reports").then().body("$", hasSize(4));
        json().get("/api/v1/projects/7d0f3f4e-0000-4000-8000-000000000000/reports")
                .then()
                .statusCode(404);
        json().post("/api/v1/projects/" + id + "/reports/7d0f3f4e-0000-4000-8000-000000000000/accept")
                .then()
                .statusCode(404);
    }

    /**
     * Steps at once on one project are taken in turn, each loser answered as a later request is: 409 with the state
     * it found. They read the project unlocked, and the losers got a bare 409 ("changed by another request") that
     * clients could not tell from another conflict (found by probing the running system).
     */
    @Test
    void stepsAtOnceAreTakenInTurnAndEachLoserIsToldTheState() throws Exception {
        String project = Fixtures.importProject("ACTIVE");
        List<io.restassured.response.Response> answers = kr.go.msit.standards.testsupport.AtOnce.times(
                6,
                () -> json().body(Map.of("reason", "audit finding")).post("/api/v1/projects/" + project + "/suspend"));
        assertEquals(
                List.of(200, 409, 409, 409, 409, 409),
                answers.stream().map(r -> r.statusCode()).sorted().toList());
        answers.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals(
                        List.of("illegal-transition", "SUSPENDED"),
                        java.util.Arrays.asList(
                                r.<String>path("type").replaceAll(".*/", ""), r.<String>path("currentState")),
                        r.asString()));
        // and so are a report's: one acceptance, and each other one is told the report is ACCEPTED
        String report = json().get("/api/v1/projects/" + project + "/reports")
                .then()
                .extract()
                .path("[0].id");
        json().body(Map.of("documentReference", "NTIS-2026-777"))
                .post("/api/v1/projects/" + project + "/reports/" + report + "/submit")
                .then()
                .statusCode(200);
        List<io.restassured.response.Response> accepts = kr.go.msit.standards.testsupport.AtOnce.times(
                5, () -> json().post("/api/v1/projects/" + project + "/reports/" + report + "/accept"));
        assertEquals(
                List.of(200, 409, 409, 409, 409),
                accepts.stream().map(r -> r.statusCode()).sorted().toList());
        accepts.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("ACCEPTED", r.path("currentState"), r.asString()));
    }
}
