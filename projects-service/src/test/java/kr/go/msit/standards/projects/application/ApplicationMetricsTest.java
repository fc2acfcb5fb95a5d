package kr.go.msit.standards.projects.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.Metrics;
import org.junit.jupiter.api.Test;

/** projects-service's domain series in /q/metrics. */
@QuarkusTest
@ProjectsTest
class ApplicationMetricsTest {

    private static final String SUBMITTED = "kus_applications_submitted_total";

    @Test
    void aSubmissionCountsOnceAndProjectsAreCountedByState() throws InterruptedException {
        String call = Fixtures.openCall(5_000_000_000L, 1_250_000_000L);
        String application = Fixtures.createApplication(call, 400_000_000L);
        Map<String, Double> before = Metrics.scrape();
        Fixtures.moveApplication(application, "submit");
        // a second submit is an illegal transition (409) and must not count
        Fixtures.json()
                .post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(409);
        Map<String, Double> after = Metrics.scrape();
        assertEquals(1.0, Metrics.value(after, SUBMITTED) - Metrics.value(before, SUBMITTED));

        // gauges are read from the database every 5 s; the eight seeded projects are ACTIVE from the start
        Map<String, Double> gauges = after;
        for (int i = 0; i < 30 && !(Metrics.value(gauges, "kus_projects{status=\"ACTIVE\"}") >= 8); i++) {
            Thread.sleep(500);
            gauges = Metrics.scrape();
        }
        assertTrue(Metrics.value(gauges, "kus_projects{status=\"ACTIVE\"}") >= 8, gauges.toString());
        assertTrue(Metrics.has(gauges, "kus_projects"));
    }
}
