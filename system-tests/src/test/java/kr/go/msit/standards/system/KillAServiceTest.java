package kr.go.msit.standards.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
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
 * {@code kill -9} of partnership-service while clients create institutions through the gateway and others read
 * projects: its routes answer 503 problem+json quickly, projects keep answering, and after a restart every write
 * that was acknowledged with 201 is there, and retrying the others with their keys duplicates nothing.
 */
class KillAServiceTest {

    /** A create request and what became of it. */
    record Attempt(String key, String code, int status, String id) {}

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void acknowledgedWritesSurviveAKilledServiceAndOtherRoutesKeepAnswering() throws Exception {
        RunningSystem system = RunningSystem.get();
        String prefix = "K9" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        Map<String, Attempt> attempts = new ConcurrentHashMap<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Set<Integer> writeStatuses = ConcurrentHashMap.newKeySet();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger projectFailures = new AtomicInteger();
        AtomicInteger projectReads = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger slowRefusals = new AtomicInteger();
        int institutionsBefore = total(system);
        ExecutorService load = Executors.newFixedThreadPool(6);
        for (int writer = 0; writer < 3; writer++) {
            load.submit(() -> {
                while (running.get()) {
                    String code = prefix + "-" + sequence.incrementAndGet();
                    String key = UUID.randomUUID().toString();
                    long started = System.nanoTime();
                    Response response = create(system, key, code);
                    int status = response.statusCode();
                    if (status == 503 && System.nanoTime() - started > TimeUnit.SECONDS.toNanos(11)) {
                        slowRefusals.incrementAndGet();
                    }
                    attempts.put(code, new Attempt(key, code, status, status == 201 ? response.path("id") : null));
                    if (status == 201) {
                        acknowledged.put(code, response.path("id"));
                    }
                    writeStatuses.add(status);
                    Thread.sleep(100);
                }
                return null;
            });
        }
        for (int reader = 0; reader < 2; reader++) {
            load.submit(() -> {
                while (running.get()) {
                    int status = system.as("k9-reader", "viewer")
                            .get("/api/v1/projects?size=5")
                            .statusCode();
                    projectReads.incrementAndGet();
                    if (status != 200) {
                        projectFailures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        try {
            PostgresRestartTest.awaitAcknowledged(acknowledged, 10);
            system.launcher.kill("partnership-service");
            int readsBeforeOutage = projectReads.get();
            Thread.sleep(3000);
            // while it is down: a 503 problem+json naming it, at once
            Response down = create(system, UUID.randomUUID().toString(), prefix + "-PROBE");
            assertEquals(503, down.statusCode(), down.asString());
            assertTrue(down.contentType().startsWith("application/problem+json"));
            assertEquals("partnership-service", down.path("dependency"));
            assertTrue(
                    projectReads.get() > readsBeforeOutage,
                    "projects kept answering while partnership-service was down");
            system.launcher.restart("partnership-service");
            Thread.sleep(1500);
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(2, TimeUnit.MINUTES));

            system.awaitRoutable(java.time.Duration.ofSeconds(60));
            assertEquals(0, projectFailures.get(), "project reads failed while another service was down");
            assertEquals(0, slowRefusals.get(), "a refusal took longer than the gateway's timeout");
            assertTrue(
                    writeStatuses.contains(201) && writeStatuses.contains(503),
                    "the load saw both sides: " + writeStatuses);
            for (Attempt attempt : attempts.values()) {
                assertTrue(Set.of(201, 503, 504).contains(attempt.status()), attempt.toString());
                if (attempt.status() == 201) {
                    system.as("k9-reader", "viewer")
                            .get("/api/v1/institutions/" + attempt.id())
                            .then()
                            .statusCode(200)
                            .body("code", org.hamcrest.Matchers.equalTo(attempt.code()));
                }
                // every request, acknowledged or not, retried with its key: one institution per code, never two
                int retried = create(system, attempt.key(), attempt.code()).statusCode();
                assertEquals(201, retried, attempt + " retried");
            }
            assertEquals(
                    institutionsBefore + attempts.size(),
                    total(system),
                    "every attempted institution exists exactly once after the retries");
        } finally {
            // stop the load whatever happened, so no thread outlives the test
            running.set(false);
            load.shutdownNow();
        }
    }

    private static int total(RunningSystem system) {
        return system.as("k9-reader", "viewer")
                .get("/api/v1/institutions?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static Response create(RunningSystem system, String key, String code) {
        return system.as("k9-writer", "partnership-officer")
                .header("Idempotency-Key", key)
                .body(Map.of("code", code, "nameKo", "시험기관 " + code, "nameEn", "Test institution " + code))
                .post("/api/v1/institutions");
    }
}
