package kr.go.msit.standards.partnership.dispatch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kr.go.msit.standards.testsupport.Metrics;
import org.junit.jupiter.api.Test;

/** partnership-service's domain series in /q/metrics: read from the database, present with zeros. */
@QuarkusTest
@kr.go.msit.standards.partnership.PartnershipTest
class DispatchMetricsTest {

    @Test
    void dispatchGaugesAreExported() throws InterruptedException {
        Map<String, Double> scrape = Metrics.scrape();
        for (int i = 0; i < 30 && Double.isNaN(Metrics.value(scrape, "kus_researchers_on_site")); i++) {
            Thread.sleep(500);
            scrape = Metrics.scrape();
        }
        double onSite = Metrics.value(scrape, "kus_researchers_on_site");
        assertTrue(onSite >= 0, "kus_researchers_on_site is " + onSite);
        // both gauges come from the database, NaN only while it cannot answer
        assertTrue(Metrics.value(scrape, "kus_dispatches_by_state{status=\"ON_SITE\"}") >= 0, scrape.toString());
        assertTrue(Metrics.has(scrape, "http_server_requests_seconds_count")
                || Metrics.has(scrape, "jvm_memory_used_bytes"));
    }
}
