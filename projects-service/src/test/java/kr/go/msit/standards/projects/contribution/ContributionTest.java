package kr.go.msit.standards.projects.contribution;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static kr.go.msit.standards.testsupport.Api.code;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Standards bodies as data, and contributions moving through their body's stages. */
@QuarkusTest
@ProjectsTest
class ContributionTest {

    static final String KUS_2025_04 = "a0000002-0000-4000-8000-000000000004";
    static final String KUS_2025_01 = "a0000002-0000-4000-8000-000000000001";
    static final String ISO = "5b0d0000-0000-4000-8000-000000000001";
    static final String THREE_GPP = "5b0d0000-0000-4000-8000-000000000007";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    static Map<String, Object> contribution(String project, String body, String stage, LocalDate date) {
        Map<String, Object> c = new HashMap<>();
        c.put("projectId", project);
        c.put("bodyId", body);
        c.put("groupName", "3GPP TSG RAN WG1");
        c.put("documentRef", code("R1"));
        c.put("titleKo", "7–24 GHz 채널 측정");
        c.put("titleEn", "Channel measurements at 7–24 GHz for TR 38.901");
        c.put("kind", "TECHNICAL_CONTRIBUTION");
        c.put("workItem", "TR 38.901");
        c.put("nistCoAuthors", List.of("Jane Doe"));
        c.put("stage", stage);
        c.put("stageDate", date.toString());
        return c;
    }

    static String create(Map<String, Object> body) {
        return json().body(body)
                .post("/api/v1/contributions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse move(String id, String stage, LocalDate date) {
        return json().body(Map.of("stage", stage, "date", date.toString()))
                .post("/api/v1/contributions/" + id + "/stage")
                .then();
    }

    @Test
    void theBodiesOfTheBriefAreSeededWithTheirStagesAndMilestones() {
        json().get("/api/v1/standards-bodies?size=50")
                .then()
                .statusCode(200)
                .body(
                        "items.code",
                        hasItems(
                                "ISO",
                                "IEC",
                                "ISO-IEC-JTC1",
                                "ITU-T",
                                "ITU-R",
                                "IEEE-SA",
                                "3GPP",
                                "IETF",
                                "IRTF",
                                "BIPM-KCDB",
                                "BIPM-CC",
                                "SEMI",
                                "KS"));
        asRole(Roles.VIEWER)
                .get("/api/v1/standards-bodies/" + THREE_GPP)
                .then()
                .statusCode(200)
                .body(
                        "stages.code",
                        contains("SUBMITTED", "AGREED", "APPROVED", "PUBLISHED", "NOTED", "NOT_PURSUED", "WITHDRAWN"))
                .body("stages.find { it.code == 'AGREED' }.milestone", equalTo("WORK_ITEM_ADOPTED"))
                .body("stages.find { it.code == 'PUBLISHED' }.terminal", equalTo(true));
        json().get("/api/v1/standards-bodies/" + ISO)
                .then()
                .body("stages.find { it.code == '60' }.milestone", equalTo("PUBLISHED"))
                .body("stages.find { it.code == '95' }.milestone", nullValue());
    }

    @Test
    void aBodyIsAddedByApiItsStageListIsCheckedAndItsStagesStayWhileInUse() {
        List<Map<String, Object>> stages = List.of(
                stage("DRAFT", false, null), stage("TB_APPROVED", false, "WORK_ITEM_ADOPTED"),
                stage("PUBLISHED", true, "PUBLISHED"), stage("WITHDRAWN", true, null));
        String code = code("SDO");
        Map<String, Object> body = new HashMap<>(
                Map.of("code", code, "nameKo", "유럽전기통신표준협회", "nameEn", "ETSI", "kind", "REGIONAL", "stages", stages));
        String id = json().body(body)
                .post("/api/v1/standards-bodies")
                .then()
                .statusCode(201)
                .body("stages.size()", equalTo(4))
                .extract()
                .path("id");
        json().body(body).post("/api/v1/standards-bodies").then().statusCode(409);
        asRole(Roles.INSTITUTION)
                .body(body)
                .post("/api/v1/standards-bodies")
                .then()
                .statusCode(403);
        for (List<Map<String, Object>> wrong : List.of(
                List.of(stage("A", true, "PUBLISHED")),
                List.of(stage("A", false, null), stage("A", true, "PUBLISHED")),
                List.of(stage("A", false, null), stage("B", true, null)),
                List.of(stage("A", false, null), stage("B", false, "PUBLISHED")),
                List.of(stage("A", false, null), stage("B", true, "WORK_ITEM_ADOPTED"), stage("C", true, "PUBLISHED")),
                List.of(
                        stage("A", false, null),
                        stage("P", true, "PUBLISHED"),
                        stage("L", false, "WORK_ITEM_ADOPTED")))) {
            Map<String, Object> bad = new HashMap<>(body);
            bad.put("code", code("SDO"));
            bad.put("stages", wrong);
            json().body(bad)
                    .post("/api/v1/standards-bodies")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("stage-list-invalid"));
        }
        // stages change freely until a contribution records one
        body.put("stages", List.of(stages.get(0), stages.get(1), stages.get(2)));
        json().header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/standards-bodies/" + id)
                .then()
                .statusCode(200)
                .body("stages.size()", equalTo(3))
                .body("version", equalTo(1));
        create(contribution(KUS_2025_04, id, "DRAFT", TODAY));
        body.put("stages", stages);
        json().body(body)
                .put("/api/v1/standards-bodies/" + id)
                .then()
                .statusCode(422)
                .body("rule", equalTo("body-in-use"));
        body.put("nameEn", "European Telecommunications Standards Institute");
        body.put("stages", List.of(stages.get(0), stages.get(1), stages.get(2)));
        json().body(body)
                .put("/api/v1/standards-bodies/" + id)
                .then()
                .statusCode(200)
                .body("nameEn", equalTo("European Telecommunications Standards Institute"));
        asRole(Roles.AUDITOR)
                .get("/api/v1/standards-bodies/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("create", "update", "update")));
    }

    /**
     * A body's stages changing and a first contribution at one of them, at once, are taken in turn: the stage goes
     * and the contribution is refused, or the contribution stands and the change is refused. Before, the contribution
     * read the body unlocked, and the loser was a bare 409 naming a constraint (or both passed).
     */
    @Test
    void aBodysStagesAndAFirstContributionAtOnceAreTakenInTurn() throws Exception {
        List<Map<String, Object>> stages = List.of(
                stage("DRAFT", false, null), stage("COMMENTS", false, null),
                stage("TB_APPROVED", false, "WORK_ITEM_ADOPTED"), stage("PUBLISHED", true, "PUBLISHED"));
        for (int round = 0; round < 3; round++) {
            Map<String, Object> body = new HashMap<>(Map.of(
                    "code", code("SDO"), "nameKo", "표준기구", "nameEn", "SDO", "kind", "REGIONAL", "stages", stages));
            String id = json().body(body)
                    .post("/api/v1/standards-bodies")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Map<String, Object> without = new HashMap<>(body);
            without.put("stages", List.of(stages.get(0), stages.get(2), stages.get(3)));
            Map<String, Object> first = contribution(KUS_2025_04, id, "COMMENTS", TODAY);
            List<io.restassured.response.Response> answers = kr.go.msit.standards.testsupport.AtOnce.all(List.of(
                    () -> json().body(without).put("/api/v1/standards-bodies/" + id),
                    () -> json().body(first).post("/api/v1/contributions")));
            String both = answers.get(0).asString() + " / " + answers.get(1).asString();
            if (answers.get(0).statusCode() == 200) {
                assertEquals(422, answers.get(1).statusCode(), both);
                assertEquals("stage-of-another-body", answers.get(1).path("rule"), both);
            } else {
                assertEquals(201, answers.get(1).statusCode(), both);
                assertEquals(422, answers.get(0).statusCode(), both);
                assertEquals("body-in-use", answers.get(0).path("rule"), both);
            }
        }
    }

    private static Map<String, Object> stage(String code, boolean terminal, String milestone) {
        Map<String, Object> stage =
                new HashMap<>(Map.of("code", code, "nameKo", code, "nameEn", code, "terminal", terminal));
        stage.put("milestone", milestone);
        return stage;
    }

    @Test
    void aContributionMovesForwardThroughItsBodysStagesToPublicationAndNoFurther() {
        Map<String, Object> body = contribution(KUS_2025_04, THREE_GPP, "SUBMITTED", TODAY.minusDays(60));
        String id = json().body(body)
                .post("/api/v1/contributions")
                .then()
                .statusCode(201)
                .body("projectCode", equalTo("KUS-2025-04"))
                .body("bodyCode", equalTo("3GPP"))
                .body("nistCoAuthored", equalTo(true))
                .body("stage", equalTo("SUBMITTED"))
                .body("nextStages", contains("AGREED", "APPROVED", "PUBLISHED", "NOTED", "NOT_PURSUED", "WITHDRAWN"))
                .body("stageHistory.size()", equalTo(1))
                .extract()
                .path("id");
        json().body(body).post("/api/v1/contributions").then().statusCode(409);
        // the same document in another case is the same document (it had been counted twice)
        Map<String, Object> otherCase = new HashMap<>(body);
        otherCase.put("documentRef", ((String) body.get("documentRef")).toLowerCase(java.util.Locale.ROOT));
        json().body(otherCase).post("/api/v1/contributions").then().statusCode(409);

        move(id, "AGREED", TODAY.minusDays(30))
                .statusCode(200)
                .body("milestone", equalTo("WORK_ITEM_ADOPTED"))
                .body("version", equalTo(1));
        // never back, never to another body's stage, never before the last date, never in the future
        move(id, "SUBMITTED", TODAY)
                .statusCode(409)
                .body("action", equalTo("move"))
                .body("currentState", equalTo("AGREED"));
        move(id, "60", TODAY).statusCode(422).body("rule", equalTo("stage-of-another-body"));
        move(id, "APPROVED", TODAY.minusDays(31)).statusCode(422).body("rule", equalTo("stage-date-order"));
        move(id, "APPROVED", TODAY.plusDays(1)).statusCode(422).body("rule", equalTo("date-in-future"));
        json().header("If-Match", "\"0\"")
                .body(Map.of("stage", "APPROVED", "date", TODAY.toString()))
                .post("/api/v1/contributions/" + id + "/stage")
                .then()
                .statusCode(412);
        // skipping APPROVED, as fast-track does; publication names the standard
        move(id, "PUBLISHED", TODAY).statusCode(422).body("rule", equalTo("standard-number-required"));
        json().body(Map.of("stage", "PUBLISHED", "date", TODAY.toString(), "standardNumber", "3GPP TR 38.901 V19.1.0"))
                .post("/api/v1/contributions/" + id + "/stage")
                .then()
                .statusCode(200)
                .body("terminal", equalTo(true))
                .body("milestone", equalTo("PUBLISHED"))
                .body("standardNumber", equalTo("3GPP TR 38.901 V19.1.0"))
                .body("standardYear", equalTo(TODAY.getYear()))
                .body("nextStages.size()", equalTo(0))
                .body("stageHistory.stage", contains("SUBMITTED", "AGREED", "PUBLISHED"));
        move(id, "WITHDRAWN", TODAY).statusCode(409).body("currentState", equalTo("PUBLISHED"));
        asRole(Roles.AUDITOR)
                .get("/api/v1/contributions/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("create", "move", "move")));
        json().get("/api/v1/contributions?projectId=" + KUS_2025_04 + "&stage=PUBLISHED&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void anOffRampEndsAContributionFromAnyStage() {
        String id = create(contribution(KUS_2025_04, ISO, "10", TODAY.minusDays(10)));
        move(id, "40", TODAY.minusDays(5)).statusCode(200);
        move(id, "95", TODAY).statusCode(200).body("terminal", equalTo(true)).body("milestone", nullValue());
        move(id, "50", TODAY).statusCode(409).body("currentState", equalTo("95"));
    }

    @Test
    void badReferencesAndBadInputAreProblems() {
        Map<String, Object> body = contribution(KUS_2025_04, THREE_GPP, "SUBMITTED", TODAY);
        body.put("projectId", "7d0f3f4e-0000-4000-8000-000000000000");
        json().body(body).post("/api/v1/contributions").then().statusCode(422).body("rule", equalTo("unknown-project"));
        body.put("projectId", KUS_2025_04);
        body.put("bodyId", "7d0f3f4e-0000-4000-8000-000000000000");
        json().body(body)
                .post("/api/v1/contributions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-standards-body"));
        body.put("bodyId", THREE_GPP);
        body.put("stage", "60");
        json().body(body)
                .post("/api/v1/contributions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("stage-of-another-body"));
        body.put("stage", "SUBMITTED");
        body.put("kind", "PAPER");
        json().body(body).post("/api/v1/contributions").then().statusCode(400);
        body.put("kind", "CHANGE_REQUEST");
        body.put("stageDate", TODAY.plusDays(2).toString());
        json().body(body).post("/api/v1/contributions").then().statusCode(422).body("rule", equalTo("date-in-future"));
        // nor before 1900, the earliest year of a standard (it was the database's CHECK: a 409)
        body.put("stageDate", "0001-01-01");
        json().body(body)
                .post("/api/v1/contributions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("date-before-1900"));
        // a date ISO allows but no record can hold is refused at the door, not by the database
        body.put("stageDate", "+999999999-12-31");
        json().body(body)
                .post("/api/v1/contributions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("stageDate"));
        json().accept("text/csv")
                .get("/api/v1/contributions")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
        asRole(Roles.VIEWER)
                .get("/api/v1/standards-bodies/" + THREE_GPP + "/history")
                .then()
                .statusCode(200);
        json().get("/api/v1/contributions/7d0f3f4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404);
    }

    @Test
    void anInstitutionRecordsAndSeesItsOwnProjectsContributionsOnly() {
        String etri = TestTokens.institution(Fixtures.ETRI);
        String kriss = TestTokens.institution(Fixtures.KRISS);
        String own = as(etri).body(contribution(KUS_2025_04, THREE_GPP, "SUBMITTED", TODAY))
                .post("/api/v1/contributions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String krisses = create(contribution(KUS_2025_01, ISO, "10", TODAY));
        as(etri).body(contribution(KUS_2025_01, ISO, "10", TODAY))
                .post("/api/v1/contributions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-project"));
        as(etri).get("/api/v1/contributions/" + krisses).then().statusCode(404);
        as(etri).body(Map.of("stage", "40", "date", TODAY.toString()))
                .post("/api/v1/contributions/" + krisses + "/stage")
                .then()
                .statusCode(404);
        as(etri).get("/api/v1/contributions?size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(own))
                .body("items.id", not(hasItem(krisses)));
        as(kriss).get("/api/v1/contributions/" + own).then().statusCode(404);
        as(etri).body(Map.of("stage", "AGREED", "date", TODAY.toString()))
                .post("/api/v1/contributions/" + own + "/stage")
                .then()
                .statusCode(200);
        asRole(Roles.VIEWER).get("/api/v1/contributions/" + own).then().statusCode(200);
        asRole(Roles.FINANCE_OFFICER)
                .body(contribution(KUS_2025_04, THREE_GPP, "SUBMITTED", TODAY))
                .post("/api/v1/contributions")
                .then()
                .statusCode(403);
        // an institution that also audits reads everything and still writes for itself only: recording is not an
        // auditor's, so it records as the institution, which does not see another institution's project (as KRISS)
        String sejongAuditor = TestTokens.of("sejong-auditor", Fixtures.KU_SEJONG, Roles.INSTITUTION, Roles.AUDITOR);
        as(sejongAuditor).get("/api/v1/contributions/" + own).then().statusCode(200);
        as(sejongAuditor)
                .body(contribution(KUS_2025_04, THREE_GPP, "SUBMITTED", TODAY))
                .post("/api/v1/contributions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-project"));
        as(sejongAuditor)
                .body(Map.of("stage", "APPROVED", "date", TODAY.toString()))
                .post("/api/v1/contributions/" + own + "/stage")
                .then()
                .statusCode(404);
    }
}
