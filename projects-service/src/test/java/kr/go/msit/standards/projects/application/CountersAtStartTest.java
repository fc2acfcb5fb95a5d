package kr.go.msit.standards.projects.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.FreshStart;
import kr.go.msit.standards.testsupport.Metrics;
import org.junit.jupiter.api.Test;

/** A fresh start shows the submission counter at 0, so that rate() and alerts have a series before the first one. */
@QuarkusTest
@ProjectsTest
@TestProfile(FreshStart.class)
class CountersAtStartTest {

    @Test
    void theSubmissionCounterExistsBeforeTheFirstSubmission() {
        Map<String, Double> scrape = Metrics.scrape();
        assertTrue(scrape.containsKey("kus_applications_submitted_total"), Metrics.domainSeries(scrape));
        assertEquals(0.0, scrape.get("kus_applications_submitted_total"));
    }
}
