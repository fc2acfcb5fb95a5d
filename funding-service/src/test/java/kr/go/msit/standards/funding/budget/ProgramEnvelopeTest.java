package kr.go.msit.standards.funding.budget;

import static kr.go.msit.standards.funding.Money.checker;
import static kr.go.msit.standards.funding.Money.maker;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.funding.Money;
import kr.go.msit.standards.testsupport.ProjectsStub;
import org.junit.jupiter.api.Test;

/**
 * The program's envelope and years are projects-service's: funding asks them whenever it appropriates or awards, and
 * its budget follows them. Before, its copy was taken once: with the program cut to 13 bn KRW and 2028, 35 bn stayed
 * appropriated up to 2029 and more could be.
 */
@QuarkusTest
@FundingTest
class ProgramEnvelopeTest {

    private static final String APPROPRIATIONS = "/api/v1/budgets/" + Money.ENVELOPE + "/appropriations/";

    private static void appropriate(int year, long amountKrw, int status) {
        checker()
                .body(Map.of("amountKrw", amountKrw))
                .put(APPROPRIATIONS + year)
                .then()
                .statusCode(status);
    }

    @Test
    void appropriationsAndAwardsFollowTheProgramAsProjectsServiceAnswersIt() {
        Money.appropriateEveryYear();
        ProjectsStub.program(13_000_000_000L, 2025, 2028);
        try {
            // 2029 is no longer the program's: not raised; 37.5 bn is above 13 bn: nothing raised
            checker()
                    .body(Map.of("amountKrw", 7_500_000_001L))
                    .put(APPROPRIATIONS + 2029)
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("year-outside-envelope"));
            // nor is a year never appropriated "set" to 0: it wrote a new version and an audit row of no change
            checker()
                    .body(Map.of("amountKrw", 0))
                    .put(APPROPRIATIONS + 2040)
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("year-outside-envelope"));
            checker()
                    .body(Map.of("amountKrw", 7_500_000_001L))
                    .put(APPROPRIATIONS + 2026)
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("appropriations-above-envelope"))
                    .body("remainingKrw", equalTo(0));
            // lowering stays open, and the budget now shows the program's envelope and years
            appropriate(2026, 7_499_999_999L, 200);
            maker().get("/api/v1/budgets/" + Money.ENVELOPE)
                    .then()
                    .body("envelopeKrw", equalTo(13_000_000_000L))
                    .body("lastYear", equalTo(2028))
                    // 2029 is still appropriated: it is listed, so that it can be lowered
                    .body("years.fiscalYear", org.hamcrest.Matchers.hasItem(2029));
            // and the program's funding report lists it too: every appropriated KRW is in a listed year
            maker().get("/api/v1/funding-reports/programs/" + ProjectsStub.PROGRAM_2025)
                    .then()
                    .statusCode(200)
                    .body("byFiscalYear.fiscalYear", org.hamcrest.Matchers.hasItem(2029));
            appropriate(2029, 7_500_000_000L, 200);
            // an award is checked against the program's envelope too (10 bn of the 2025 projects are awarded)
            ProjectsStub.program(1_000_000L, 2025, 2029);
            maker().body(Map.of("projectId", ProjectsStub.activeProject(), "totalKrw", 1L))
                    .post("/api/v1/allocations")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("envelope-exceeded"));
        } finally {
            ProjectsStub.program(37_500_000_000L, 2025, 2029);
            appropriate(2026, 7_500_000_000L, 200);
        }
        maker().get("/api/v1/budgets/" + Money.ENVELOPE)
                .then()
                .body("envelopeKrw", equalTo(37_500_000_000L))
                .body("lastYear", equalTo(2029));
    }
}
