package kr.go.msit.standards.system;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The funding gate against the real services: money for a later year of a project follows its evaluations in
 * projects-service. KUS-2025-06's seeded 2025 CONTINUE allows 2026 up to its plan; 2027 waits for a 2026 decision,
 * which CONTINUE_REDUCED 20 % then caps; KUS-2025-08's STOP ends its money; with projects-service down the gate fails
 * closed.
 */
class ContinuationGateSystemTest {

    static final String KUS_2025_06 = "a0000002-0000-4000-8000-000000000006";
    static final String KUS_2025_06_ALLOCATION = "a1100000-0000-4000-8000-000000000006";
    static final String KUS_2025_08 = "a0000002-0000-4000-8000-000000000008";
    static final String KUS_2025_08_ALLOCATION = "a1100000-0000-4000-8000-000000000008";
    /** ETRI: an institution partnership-service knows, and neither project's lead (KRISS) nor a joint one. */
    static final String REVIEWER_INSTITUTION = "1b57c000-0000-4000-8000-000000000003";

    private static void lines(RunningSystem system, String allocation, int year, long amount, int status, String rule) {
        var answer = system.as("gate-finance", "finance-officer")
                .body(Map.of(
                        "lines", List.of(Map.of("fiscalYear", year, "costCategory", "PERSONNEL", "amountKrw", amount))))
                .put("/api/v1/allocations/" + allocation + "/lines")
                .then()
                .statusCode(status);
        if (rule != null) {
            answer.body("rule", equalTo(rule));
        }
    }

    /** A decided evaluation of {@code project} for {@code year}, by a program manager. */
    private static void decide(
            RunningSystem system, String project, String kind, int year, Map<String, Object> decision) {
        String evaluation = system.as("gate-pm", "program-manager")
                .body(Map.of("projectId", project, "kind", kind, "fiscalYear", year))
                .post("/api/v1/evaluations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        system.as("gate-pm", "program-manager")
                .body(Map.of("name", "평가위원", "institutionId", REVIEWER_INSTITUTION))
                .post("/api/v1/evaluations/" + evaluation + "/evaluators")
                .then()
                .statusCode(200);
        system.as("gate-pm", "program-manager")
                .post("/api/v1/evaluations/" + evaluation + "/start")
                .then()
                .statusCode(200);
        String evaluator = system.as("gate-pm", "program-manager")
                .get("/api/v1/evaluations/" + evaluation)
                .then()
                .extract()
                .path("evaluators[0].id");
        system.as("gate-pm", "program-manager")
                .body(Map.of("score", 70))
                .put("/api/v1/evaluations/" + evaluation + "/evaluators/" + evaluator + "/score")
                .then()
                .statusCode(200);
        system.as("gate-pm", "program-manager")
                .body(decision)
                .post("/api/v1/evaluations/" + evaluation + "/decide")
                .then()
                .statusCode(200);
    }

    @Test
    void moneyForALaterYearFollowsTheProjectsEvaluations() throws Exception {
        RunningSystem system = RunningSystem.get();
        system.budgetLine("gate-finance", KUS_2025_06_ALLOCATION, 2025, 100_000_000L);
        // 2026: the seeded 2025 CONTINUE allows it, up to the plan (1.25 bn over three years)
        lines(system, KUS_2025_06_ALLOCATION, 2026, 500_000_000L, 422, "continuation-cap");
        lines(system, KUS_2025_06_ALLOCATION, 2026, 400_000_000L, 200, null);
        // 2027: no decision on 2026 yet
        lines(system, KUS_2025_06_ALLOCATION, 2027, 100_000_000L, 422, "continuation-pending");
        decide(system, KUS_2025_06, "ANNUAL", 2026, Map.of("decision", "CONTINUE_REDUCED", "reductionPercent", 20));
        lines(system, KUS_2025_06_ALLOCATION, 2027, 400_000_000L, 422, "continuation-cap");
        lines(system, KUS_2025_06_ALLOCATION, 2027, 300_000_000L, 200, null);

        // STOP: the project is terminated and no later year gets money
        decide(system, KUS_2025_08, "STAGE", 2025, Map.of("decision", "STOP"));
        system.as("gate-pm", "program-manager")
                .get("/api/v1/projects/" + KUS_2025_08)
                .then()
                .body("status", equalTo("TERMINATED"));
        lines(system, KUS_2025_08_ALLOCATION, 2026, 100_000_000L, 422, "continuation-stopped");

        // fail closed: with projects-service down, money for a later year is a 503 naming it, and nothing moves
        system.launcher.kill("projects-service");
        try {
            system.as("gate-finance", "finance-officer")
                    .body(Map.of(
                            "lines",
                            List.of(Map.of(
                                    "fiscalYear", 2026, "costCategory", "PERSONNEL", "amountKrw", 410_000_000L))))
                    .put("/api/v1/allocations/" + KUS_2025_06_ALLOCATION + "/lines")
                    .then()
                    .statusCode(503)
                    .body("dependency", equalTo("projects-service"));
        } finally {
            system.launcher.restart("projects-service");
        }
        system.awaitRoutable(Duration.ofSeconds(60));
        system.as("gate-finance", "finance-officer")
                .get("/api/v1/allocations/" + KUS_2025_06_ALLOCATION)
                .then()
                .body("lines.find { it.fiscalYear == 2026 }.amountKrw", equalTo(400_000_000));
    }
}
