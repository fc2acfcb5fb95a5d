package kr.go.msit.standards.projects.evaluation;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.testsupport.Api.as;
import static kr.go.msit.standards.testsupport.Api.asRole;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.PartnershipStub;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Annual and stage evaluations, and the continuation they decide (연차·단계 평가, 계속지원). */
@QuarkusTest
@ProjectsTest
class EvaluationTest {

    static final String OTHER = "1b57c000-0000-4000-8000-0000000000e1";
    static final String ANOTHER = "1b57c000-0000-4000-8000-0000000000e2";

    @Inject
    EntityManager em;

    /**
     * An ACTIVE project of KRISS, 2025-07-01 – 2028-06-30 (four fiscal years), awarded 4 bn KRW: of a program of its
     * own, whose envelope the award fits.
     */
    static String project() {
        Map<String, Object> body = Fixtures.importBody("ACTIVE");
        body.put("programId", Fixtures.createProgram(4_000_000_000L));
        body.put("awardedTotalKrw", 4_000_000_000L);
        return json().body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String evaluation(String project, String kind, int year) {
        return json().body(Map.of("projectId", project, "kind", kind, "fiscalYear", year))
                .post("/api/v1/evaluations")
                .then()
                .statusCode(201)
                .body("status", equalTo("SCHEDULED"))
                .extract()
                .path("id");
    }

    static List<String> evaluators(String evaluation, String... institutions) {
        for (int i = 0; i < institutions.length; i++) {
            String before = json().get("/api/v1/evaluations/" + evaluation)
                    .then()
                    .extract()
                    .header("ETag");
            // a new evaluator is a new version of the evaluation: its ETag moves
            json().body(Map.of(
                            "name", "평가위원 " + (i + 1), "institutionId", institutions[i], "email", "eval@example.ac.kr"))
                    .post("/api/v1/evaluations/" + evaluation + "/evaluators")
                    .then()
                    .statusCode(200)
                    .header("ETag", not(equalTo(before)));
        }
        return json().get("/api/v1/evaluations/" + evaluation).then().extract().path("evaluators.id");
    }

    static void decided(String evaluation, Map<String, Object> decision, int... scores) {
        List<String> ids = evaluators(
                evaluation, java.util.Arrays.stream(scores).mapToObj(s -> OTHER).toArray(String[]::new));
        json().post("/api/v1/evaluations/" + evaluation + "/start").then().statusCode(200);
        for (int i = 0; i < scores.length; i++) {
            json().body(Map.of("score", scores[i], "comment", "의견 " + i))
                    .put("/api/v1/evaluations/" + evaluation + "/evaluators/" + ids.get(i) + "/score")
                    .then()
                    .statusCode(200);
        }
        json().body(decision)
                .post("/api/v1/evaluations/" + evaluation + "/decide")
                .then()
                .statusCode(200);
    }

    /**
     * An evaluator is of an institution partnership-service knows, asked when named (fail closed): the 상피 rule
     * compares institution ids, and an unknown one passed it unchecked. And one person is named once (one score).
     */
    @Test
    void anEvaluatorIsOfAKnownInstitutionAndNamedOnce() {
        String evaluation = evaluation(project(), "ANNUAL", 2025);
        String evaluators = "/api/v1/evaluations/" + evaluation + "/evaluators";
        json().body(Map.of("name", "유령", "institutionId", PartnershipStub.unknownInstitution()))
                .post(evaluators)
                .then()
                .statusCode(422)
                .body("rule", equalTo("unknown-institution"));
        json().body(Map.of("name", "장애", "institutionId", PartnershipStub.failingInstitution()))
                .post(evaluators)
                .then()
                .statusCode(503)
                .body("dependency", equalTo("partnership-service"));
        json().body(Map.of("name", "평가위원", "institutionId", OTHER))
                .post(evaluators)
                .then()
                .statusCode(200);
        json().body(Map.of("name", " 평가위원 ", "institutionId", OTHER))
                .post(evaluators)
                .then()
                .statusCode(409);
        // the same name typed decomposed (NFD) is the same name; one with a zero-width space inside is refused: each
        // was a second evaluator, one person scoring twice (found by probing)
        json().body(Map.of(
                        "name",
                        java.text.Normalizer.normalize("평가위원", java.text.Normalizer.Form.NFD),
                        "institutionId",
                        OTHER))
                .post(evaluators)
                .then()
                .statusCode(409);
        json().body(Map.of("name", "평가\u200b위원", "institutionId", OTHER))
                .post(evaluators)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        json().get("/api/v1/evaluations/" + evaluation).then().body("evaluators.name", equalTo(List.of("평가위원")));
    }

    /**
     * STOP terminates the project, so it is refused for a project that cannot be terminated in its state, as a rule
     * of the decision (it was the project's 409 illegal-transition); the evaluation stays UNDER_EVALUATION, and a
     * decision to continue still closes it.
     */
    @Test
    void stopForAProjectThatCannotBeTerminatedIsRefusedAndNothingIsDecided() {
        Map<String, Object> body = Fixtures.importBody("AGREEMENT_SIGNED");
        String project = json().body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String evaluation = evaluation(project, "ANNUAL", 2025);
        List<String> ids = evaluators(evaluation, OTHER);
        json().post("/api/v1/evaluations/" + evaluation + "/start").then().statusCode(200);
        json().body(Map.of("score", 40))
                .put("/api/v1/evaluations/" + evaluation + "/evaluators/" + ids.get(0) + "/score")
                .then()
                .statusCode(200);
        json().body(Map.of("decision", "STOP"))
                .post("/api/v1/evaluations/" + evaluation + "/decide")
                .then()
                .statusCode(422)
                .body("rule", equalTo("project-not-stoppable"))
                .body("projectStatus", equalTo("AGREEMENT_SIGNED"));
        json().get("/api/v1/evaluations/" + evaluation).then().body("status", equalTo("UNDER_EVALUATION"));
        json().get("/api/v1/projects/" + project).then().body("status", equalTo("AGREEMENT_SIGNED"));
        json().body(Map.of("decision", "CONTINUE"))
                .post("/api/v1/evaluations/" + evaluation + "/decide")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECIDED"));
    }

    @Test
    void anEvaluationIsScheduledScoredAndDecidedAndItsDecisionCapsNextYear() {
        String project = project();
        String evaluation = evaluation(project, "ANNUAL", 2025);
        json().body(Map.of("projectId", project, "kind", "ANNUAL", "fiscalYear", 2025))
                .post("/api/v1/evaluations")
                .then()
                .statusCode(409);
        // only a year that has begun: next year's evaluation decided now had released the year after it
        int nextYear =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).getYear() + 1;
        Map<String, Object> running = Fixtures.importBody("ACTIVE");
        running.put("programId", Fixtures.createProgram(4_000_000_000L));
        running.put("periodEnd", nextYear + "-12-31");
        String untilNextYear = json().body(running)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().body(Map.of("projectId", untilNextYear, "kind", "ANNUAL", "fiscalYear", nextYear))
                .post("/api/v1/evaluations")
                .then()
                .statusCode(422)
                .body("rule", equalTo("year-not-begun"))
                .body("fiscalYear", equalTo(nextYear));
        // only a year of its period of performance, 2025-07-01 – 2028-06-30 (before, any year 2000–2100)
        for (int outside : new int[] {2024, 2029}) {
            json().body(Map.of("projectId", project, "kind", "ANNUAL", "fiscalYear", outside))
                    .post("/api/v1/evaluations")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("year-outside-project-period"))
                    .body("fiscalYear", equalTo(outside));
        }
        // 상피: nobody of the lead institution evaluates its project
        json().body(Map.of("name", "내부자", "institutionId", Fixtures.KRISS))
                .post("/api/v1/evaluations/" + evaluation + "/evaluators")
                .then()
                .statusCode(422)
                .body("rule", equalTo("conflict-of-interest"));
        json().post("/api/v1/evaluations/" + evaluation + "/start")
                .then()
                .statusCode(422)
                .body("rule", equalTo("no-evaluators"));
        List<String> ids = evaluators(evaluation, OTHER, ANOTHER);
        json().post("/api/v1/evaluations/" + evaluation + "/start")
                .then()
                .statusCode(200)
                .body("status", equalTo("UNDER_EVALUATION"));
        json().body(Map.of("score", 84, "comment", "표준 기고 우수"))
                .put("/api/v1/evaluations/" + evaluation + "/evaluators/" + ids.get(0) + "/score")
                .then()
                .statusCode(200);
        json().body(Map.of("decision", "CONTINUE"))
                .post("/api/v1/evaluations/" + evaluation + "/decide")
                .then()
                .statusCode(422)
                .body("rule", equalTo("scores-missing"));
        json().body(Map.of("score", 101))
                .put("/api/v1/evaluations/" + evaluation + "/evaluators/" + ids.get(1) + "/score")
                .then()
                .statusCode(400);
        json().body(Map.of("score", 76))
                .put("/api/v1/evaluations/" + evaluation + "/evaluators/" + ids.get(1) + "/score")
                .then()
                .statusCode(200);
        json().body(Map.of("decision", "CONTINUE_REDUCED"))
                .post("/api/v1/evaluations/" + evaluation + "/decide")
                .then()
                .statusCode(422)
                .body("rule", equalTo("reduction-percent"));
        json().body(Map.of("decision", "CONTINUE_REDUCED", "reductionPercent", 20))
                .post("/api/v1/evaluations/" + evaluation + "/decide")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("averageScore", equalTo(80.0f))
                .body("grade", equalTo("A"));
        json().body(Map.of("name", "늦은 위원", "institutionId", ANOTHER))
                .post("/api/v1/evaluations/" + evaluation + "/evaluators")
                .then()
                .statusCode(409);

        // the project's institution sees the decided evaluation: grade, decision, comments, not who evaluated
        as(TestTokens.institution(Fixtures.KRISS))
                .get("/api/v1/evaluations/" + evaluation)
                .then()
                .statusCode(200)
                .body("grade", equalTo("A"))
                .body("evaluators[0].name", nullValue())
                .body("evaluators[0].institutionId", nullValue())
                .body("evaluators[0].comment", equalTo("표준 기고 우수"));
        json().get("/api/v1/evaluations/" + evaluation)
                .then()
                .body("evaluators[0].email", equalTo("eval@example.ac.kr"));
        as(TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/evaluations/" + evaluation)
                .then()
                .statusCode(404);
        asRole(Roles.VIEWER).get("/api/v1/evaluations/" + evaluation).then().statusCode(403);

        // continuation: the first year is free, 2026 is capped at 80 % of its plan, 2027 waits for a decision
        String continuation = "/api/v1/projects/" + project + "/continuation?fiscalYear=";
        asRole(Roles.FINANCE_OFFICER)
                .get(continuation + 2025)
                .then()
                .statusCode(200)
                .body("allowed", equalTo(true))
                .body("basis", equalTo("FIRST_YEAR"))
                .body("planKrw", equalTo(1_000_000_000))
                .body("capKrw", equalTo(1_000_000_000));
        asRole(Roles.FINANCE_OFFICER)
                .get(continuation + 2026)
                .then()
                .body("allowed", equalTo(true))
                .body("basis", equalTo("CONTINUE_REDUCED"))
                .body("reductionPercent", equalTo(20))
                .body("capKrw", equalTo(800_000_000))
                .body("evaluationId", equalTo(evaluation));
        asRole(Roles.FINANCE_OFFICER)
                .get(continuation + 2027)
                .then()
                .body("allowed", equalTo(false))
                .body("basis", equalTo("PENDING"))
                .body("capKrw", equalTo(0));
        asRole(Roles.FINANCE_OFFICER).get(continuation + 2030).then().body("basis", equalTo("OUTSIDE_PERIOD"));
        asRole(Roles.FINANCE_OFFICER)
                .get("/api/v1/projects/" + project + "/continuation")
                .then()
                .statusCode(400);
    }

    /**
     * An evaluation's changes (its evaluators, their e-mails, scores and comments) are in its project's history too,
     * and show there only to those who read the evaluation's own history: a program manager and an auditor. Before,
     * every role that reads the project (a viewer, another institution) read them there.
     */
    @Test
    void aProjectsHistoryShowsItsEvaluationsOnlyToThoseWhoReadTheirHistory() {
        String project = project();
        String evaluation = evaluation(project, "ANNUAL", 2025);
        evaluators(evaluation, OTHER);
        String history = "/api/v1/projects/" + project + "/history?size=100";
        for (var caller : List.of(json(), asRole(Roles.AUDITOR))) {
            caller.get(history)
                    .then()
                    .statusCode(200)
                    .body("items.resource", org.hamcrest.Matchers.hasItem("evaluation"))
                    .body("items.resourceId", org.hamcrest.Matchers.hasItem(evaluation));
        }
        for (var caller : List.of(
                asRole(Roles.VIEWER),
                asRole(Roles.PARTNERSHIP_OFFICER),
                asRole(Roles.FINANCE_OFFICER),
                as(TestTokens.institution(Fixtures.KRISS)))) {
            caller.get(history)
                    .then()
                    .statusCode(200)
                    .body("items.resource", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("evaluation")))
                    .body("items.resourceId", org.hamcrest.Matchers.hasItem(project))
                    .body("toString()", org.hamcrest.Matchers.not(containsString("eval@example.ac.kr")));
        }
    }

    @Test
    void stopTerminatesTheProjectAndAStageDecisionCountsBeforeTheAnnualOne() {
        String stopped = project();
        String scheduledBefore = evaluation(stopped, "ANNUAL", 2026);
        decided(evaluation(stopped, "ANNUAL", 2025), Map.of("decision", "STOP"), 40);
        json().get("/api/v1/projects/" + stopped)
                .then()
                .body("status", equalTo("TERMINATED"))
                .body("statusReason", containsString("decided STOP"));
        json().get("/api/v1/projects/" + stopped + "/continuation?fiscalYear=2026")
                .then()
                .body("allowed", equalTo(false))
                .body("basis", equalTo("STOPPED"));
        // a terminated project is evaluated no more (before, one was scheduled and decided CONTINUE)
        json().body(Map.of("projectId", stopped, "kind", "STAGE", "fiscalYear", 2026))
                .post("/api/v1/evaluations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("project-not-evaluable"))
                .body("projectStatus", equalTo("TERMINATED"));
        // a STOP is final: an evaluation scheduled before it and decided CONTINUE after it does not bring the money
        // back (it had allowed 2027)
        decided(scheduledBefore, Map.of("decision", "CONTINUE"), 95);
        json().get("/api/v1/projects/" + stopped + "/continuation?fiscalYear=2027")
                .then()
                .body("allowed", equalTo(false))
                .body("basis", equalTo("STOPPED"));

        String project = project();
        decided(evaluation(project, "ANNUAL", 2025), Map.of("decision", "CONTINUE"), 90);
        decided(evaluation(project, "STAGE", 2025), Map.of("decision", "CONTINUE_REDUCED", "reductionPercent", 50), 65);
        json().get("/api/v1/projects/" + project + "/continuation?fiscalYear=2026")
                .then()
                .body("basis", equalTo("CONTINUE_REDUCED"))
                .body("capKrw", equalTo(500_000_000));
    }

    @Test
    void aJointInstitutionsEvaluatorIsExcludedTooAndTheSeededProjectsContinue() {
        String project = project();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT INTO project_joint_institution (project_id, institution_id) VALUES (:p, :i)")
                        .setParameter("p", UUID.fromString(project))
                        .setParameter("i", UUID.fromString(ANOTHER))
                        .executeUpdate());
        String evaluation = evaluation(project, "ANNUAL", 2026);
        json().body(Map.of("name", "공동기관", "institutionId", ANOTHER))
                .post("/api/v1/evaluations/" + evaluation + "/evaluators")
                .then()
                .statusCode(422)
                .body("rule", equalTo("conflict-of-interest"));
        // KUS-2025-01: seeded 2025 decision CONTINUE; its award spread over 2025-2027
        asRole(Roles.FINANCE_OFFICER)
                .get("/api/v1/projects/a0000002-0000-4000-8000-000000000001/continuation" + "?fiscalYear=2026")
                .then()
                .statusCode(200)
                .body("allowed", equalTo(true))
                .body("basis", equalTo("CONTINUE"))
                .body("capKrw", equalTo(416_666_666));
        as(TestTokens.institution(Fixtures.KRISS))
                .get("/api/v1/evaluations?projectId=" + "a0000002-0000-4000-8000-000000000001")
                .then()
                .statusCode(200)
                .body("items[0].decision", equalTo("CONTINUE"));
        // an institution lists its own projects' decided evaluations only; staff list every one
        as(TestTokens.institution(Fixtures.KRISS))
                .get("/api/v1/evaluations?projectId=" + project)
                .then()
                .statusCode(200)
                .body("items", empty());
        json().get("/api/v1/evaluations?projectId=" + project).then().body("items.id", hasItem(evaluation));
        as(TestTokens.institution(Fixtures.ETRI))
                .get("/api/v1/evaluations?projectId=" + "a0000002-0000-4000-8000-000000000001")
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}
