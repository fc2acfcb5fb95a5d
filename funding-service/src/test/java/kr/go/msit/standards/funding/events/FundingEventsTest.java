package kr.go.msit.standards.funding.events;

import static kr.go.msit.standards.funding.Money.checker;
import static kr.go.msit.standards.funding.Money.maker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.funding.Money;
import kr.go.msit.standards.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** funding-service's change feed: money's moves are events, read by the roles that may read the money. */
@QuarkusTest
@FundingTest
class FundingEventsTest {

    @BeforeEach
    void appropriateEveryYear() {
        Money.appropriateEveryYear();
    }

    private static JsonPath feed(String subject) throws InterruptedException {
        JsonPath page = null;
        for (int attempt = 0; attempt < 100; attempt++) { // an event shows once older transactions have ended
            page = maker().get("/api/v1/events/funding?subject=" + subject)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (page.getList("items").size() >= 3) {
                break;
            }
            Thread.sleep(50);
        }
        return page;
    }

    @Test
    void aPaidDisbursementIsADisbursementPaidEventWithItsView() throws InterruptedException {
        String line = Money.lineOf(10_000_000L);
        String id = Money.request(maker(), line, 1_000_000L);
        checker().post("/api/v1/disbursements/" + id + "/approve").then().statusCode(200);
        checker()
                .body(Map.of("paymentReference", "KFTC-2026-EVENTS"))
                .post("/api/v1/disbursements/" + id + "/pay")
                .then()
                .statusCode(200);
        JsonPath events = feed(id);
        assertEquals(
                List.of(
                        "kr.go.msit.kus.disbursement.created",
                        "kr.go.msit.kus.disbursement.approved",
                        "kr.go.msit.kus.disbursement.paid"),
                events.getList("items.type"));
        assertEquals("PAID", events.getString("items[2].data.status"));
        assertEquals(1_000_000L, events.getLong("items[2].data.amountKrw"));
        assertEquals("/api/v1/events/funding", events.getString("items[2].source"));
        // a viewer may read budgets, not disbursements
        Money.as("events-viewer", Roles.VIEWER)
                .get("/api/v1/events/funding?subject=" + id)
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }
}
