package kr.go.msit.standards.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL stops for a few seconds under load and comes back: the services say they are not ready while it is
 * down, recover by themselves (no restart), and every write acknowledged before, during or after is there.
 */
class PostgresRestartTest {

    private static final List<String> SERVICES = List.of("projects-service", "funding-service", "partnership-service");

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void servicesGoNotReadyRecoverWithoutRestartAndLoseNoAcknowledgedWrite() throws Exception {
        RunningSystem system = RunningSystem.get();
        String prefix = "PG" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService load = Executors.newFixedThreadPool(2);
        for (int writer = 0; writer < 2; writer++) {
            load.submit(() -> {
                while (running.get()) {
                    String code = prefix + "-" + sequence.incrementAndGet();
                    Response response;
                    try {
                        response = system.as("pg-writer", "partnership-officer")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .body(Map.of(
                                        "code", code, "nameKo", "재시작 시험 " + code, "nameEn", "Restart test " + code))
                                .post("/api/v1/institutions");
                    } catch (AssertionError contract) { // ContractValidation: an answer the document does not describe
                        violations.add(contract.getMessage());
                        Thread.sleep(50);
                        continue;
                    }
                    if (response.statusCode() == 201) {
                        acknowledged.put(code, response.path("id"));
                    }
                    Thread.sleep(50);
                }
                return null;
            });
        }
        try {
            awaitAcknowledged(acknowledged, 5);
            Thread outage = new Thread(() -> {
                try {
                    system.launcher.restartPostgres(Duration.ofSeconds(4));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            outage.start();
            // while the database is down, each service reports itself not ready
            boolean sawNotReady = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!sawNotReady && outage.isAlive() && System.nanoTime() < deadline) {
                sawNotReady = given().baseUri(system.management("partnership-service"))
                                .get("/q/health/ready")
                                .statusCode()
                        == 503;
                Thread.sleep(200);
            }
            outage.join(TimeUnit.MINUTES.toMillis(2));
            assertTrue(sawNotReady, "partnership-service never reported not-ready while PostgreSQL was down");

            // back: every service ready again by itself, within a minute
            for (String service : SERVICES) {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                int status = 0;
                while (System.nanoTime() < until
                        && (status = given().baseUri(system.management(service))
                                        .get("/q/health/ready")
                                        .statusCode())
                                != 200) {
                    Thread.sleep(500);
                }
                assertEquals(200, status, service + " did not recover without a restart");
            }
            int beforeStop = acknowledged.size();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.size() <= beforeStop + 5 && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(1, TimeUnit.MINUTES));
            assertEquals(
                    List.of(),
                    violations.stream().distinct().limit(5).toList(),
                    "answers during the outage that the document does not describe");
            assertTrue(acknowledged.size() > beforeStop + 5, "writes are acknowledged again after the restart");
            for (Map.Entry<String, String> write : acknowledged.entrySet()) {
                system.as("pg-reader", "viewer")
                        .get("/api/v1/institutions/" + write.getValue())
                        .then()
                        .statusCode(200)
                        .body("code", org.hamcrest.Matchers.equalTo(write.getKey()));
            }
        } finally {
            // stop the load whatever happened, so no thread outlives the test
            running.set(false);
            load.shutdownNow();
        }
    }

    /** Waits until the load has had {@code count} writes acknowledged (a cold service takes a while at first). */
    static void awaitAcknowledged(Map<String, ?> acknowledged, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < count && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertTrue(acknowledged.size() >= count, "the load got no write acknowledged");
    }
}
