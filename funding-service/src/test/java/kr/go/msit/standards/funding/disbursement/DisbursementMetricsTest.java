package kr.go.msit.standards.funding.disbursement;

import static kr.go.msit.standards.funding.Money.checker;
import static kr.go.msit.standards.funding.Money.lineOf;
import static kr.go.msit.standards.funding.Money.maker;
import static kr.go.msit.standards.funding.Money.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.funding.Money;
import kr.go.msit.standards.testsupport.Metrics;
import org.junit.jupiter.api.Test;

/** /q/metrics: the domain series move with committed changes only, next to HTTP, pool and JVM series. */
@QuarkusTest
@FundingTest
class DisbursementMetricsTest {

    private static final String PAID_KRW = "kus_disbursed_krw_total";
    private static final String PAYMENTS = "kus_disbursements_total{event=\"pay\"}";
    private static final String REQUESTS = "kus_disbursements_total{event=\"request\"}";

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aPaidDisbursementMovesTheDomainCountersAndARefusedOneDoesNot() {
        Money.appropriateEveryYear();
        String line = lineOf(50_000_000);
        Map<String, Double> before = Metrics.scrape();

        String id = request(maker(), line, 7_000_000);
        checker().post("/api/v1/disbursements/" + id + "/approve").then().statusCode(200);
        // refused (no payment reference): rolled back, so not counted
        checker().post("/api/v1/disbursements/" + id + "/pay").then().statusCode(422);
        checker()
                .body(Map.of("paymentReference", "KFTC-METRICS-1"))
                .post("/api/v1/disbursements/" + id + "/pay")
                .then()
                .statusCode(200);

        Map<String, Double> after = Metrics.scrape();
        assertEquals(1.0, Metrics.value(after, REQUESTS) - Metrics.value(before, REQUESTS), "requests");
        assertEquals(1.0, Metrics.value(after, PAYMENTS) - Metrics.value(before, PAYMENTS), "payments");
        assertEquals(7_000_000.0, Metrics.value(after, PAID_KRW) - Metrics.value(before, PAID_KRW), "KRW paid");
        // the state gauges are read from the database every 5 s
        long deadline = System.nanoTime() + 15_000_000_000L;
        Map<String, Double> gauges = after;
        while (!(Metrics.value(gauges, "kus_paid_krw") >= 7_000_000
                        && Metrics.value(gauges, "kus_disbursements_by_state{status=\"PAID\"}") >= 1)
                && System.nanoTime() < deadline) {
            sleep(500);
            gauges = Metrics.scrape();
        }
        assertTrue(Metrics.value(gauges, "kus_disbursements_by_state{status=\"PAID\"}") >= 1, gauges.toString());
        assertTrue(Metrics.value(gauges, "kus_paid_krw") >= 7_000_000);
        assertEquals(0.0, Metrics.value(gauges, "kus_disbursements_by_state{status=\"NO_SUCH_STATE\"}"));
        for (String name : new String[] {
            "http_server_requests_seconds_count",
            "http_client_requests_seconds_count",
            "agroal_active_count",
            "jvm_memory_used_bytes"
        }) {
            assertTrue(Metrics.has(after, name), name + " missing from /q/metrics");
        }
    }
}
