package kr.go.msit.standards.funding.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.testsupport.FreshStart;
import kr.go.msit.standards.testsupport.Metrics;
import org.junit.jupiter.api.Test;

/** A fresh start shows every disbursement counter at 0, so that rate() and alerts have a series before the first event. */
@QuarkusTest
@FundingTest
@TestProfile(FreshStart.class)
class CountersAtStartTest {

    @Test
    void everyEventCounterExistsBeforeItsFirstEvent() {
        Map<String, Double> scrape = Metrics.scrape();
        for (String event : new String[] {"request", "approve", "reject", "pay", "cancel"}) {
            assertEquals(
                    0.0,
                    scrape.get("kus_disbursements_total{event=\"" + event + "\"}"),
                    event + " in " + Metrics.domainSeries(scrape));
        }
        assertEquals(0.0, scrape.get("kus_disbursed_krw_total"), Metrics.domainSeries(scrape));
    }
}
