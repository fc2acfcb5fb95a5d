package kr.go.msit.standards.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A caller that retries hard: 50 copies of one disbursement request, sent at once with one Idempotency-Key. */
class RetryStormTest {

    static final String KUS_2025_03_ALLOCATION = "a1100000-0000-4000-8000-000000000003";

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void fiftyParallelCopiesWithOneKeyCreateOneDisbursement() throws Exception {
        RunningSystem system = RunningSystem.get();
        String line = system.budgetLine("storm-maker", KUS_2025_03_ALLOCATION, 2026, 300_000_000L);

        String key = "storm-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("lineId", line, "amountKrw", 10_000_000L, "purpose", "재시도 폭주 시험");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sent.add(pool.submit((Callable<Response>) () -> {
                start.await();
                return system.as("storm-maker", "finance-officer")
                        .header("Idempotency-Key", key)
                        .body(body)
                        .post("/api/v1/disbursements");
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (Future<Response> future : sent) {
            Response response = future.get(2, TimeUnit.MINUTES);
            // 201 (the first, or a replay of it), 409 (the first is still in flight) or 429 (more of the caller's
            // requests at once than the gateway lets one caller have, RATE_LIMIT_CONCURRENCY); never a second record
            assertTrue(
                    response.statusCode() == 201 || response.statusCode() == 409 || response.statusCode() == 429,
                    response.statusCode() + " " + response.asString());
            if (response.statusCode() == 201) {
                created++;
                ids.add(response.path("id"));
            }
        }
        pool.shutdownNow();
        assertTrue(created >= 1, "at least one copy answered 201");
        assertEquals(1, ids.size(), "every 201 names the same disbursement: " + ids);
        system.as("storm-maker", "finance-officer")
                .get("/api/v1/disbursements?lineId=" + line)
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
        system.as("storm-maker", "finance-officer")
                .get("/api/v1/allocations/" + KUS_2025_03_ALLOCATION)
                .then()
                .body("committedKrw", org.hamcrest.Matchers.equalTo(10_000_000));
    }
}
