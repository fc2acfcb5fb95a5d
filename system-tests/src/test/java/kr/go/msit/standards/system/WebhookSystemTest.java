package kr.go.msit.standards.system;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Webhooks of the real system: a subscriber that answers slowly while projects-service is killed with
 * {@code kill -9} in the middle of delivering still receives every event, signed, in order (some twice: delivery is
 * at least once, and the receiver de-duplicates by {@code webhook-id}).
 */
class WebhookSystemTest {

    private static final String KRISS = "1b57c000-0000-4000-8000-000000000001";

    /** One received message. */
    record Received(String id, String type, String subject, String body, Map<String, List<String>> headers) {}

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void nothingIsLostWhenTheDeliveringServiceIsKilled() throws Exception {
        RunningSystem system = RunningSystem.get();
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonPath event = JsonPath.from(body);
            Map<String, List<String>> headers = Map.of(
                    "webhook-id", exchange.getRequestHeaders().get("webhook-id"),
                    "webhook-timestamp", exchange.getRequestHeaders().get("webhook-timestamp"),
                    "webhook-signature", exchange.getRequestHeaders().get("webhook-signature"));
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    event.getString("type"),
                    event.getString("subject"),
                    body,
                    headers));
            try {
                Thread.sleep(700); // a slow subscriber: the kill lands while deliveries are in flight
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        receiver.start();
        String subscription = null;
        try {
            JsonPath created = system.as("webhook-pm", "program-manager")
                    .body(Map.of(
                            "targetUrl",
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                            "types",
                            List.of("kr.go.msit.kus.project.suspended", "kr.go.msit.kus.project.resumed"),
                            "description",
                            "system test receiver"))
                    .post("/api/v1/webhooks/projects")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            subscription = created.getString("id");
            String secret = created.getString("secret");
            String project = system.importKrissProject(
                    "webhook", java.time.LocalDate.of(2025, 7, 1), java.time.LocalDate.of(2028, 6, 30));
            for (int i = 0; i < 4; i++) {
                move(system, project, "suspend");
                move(system, project, "resume");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(received.size() >= 2, "deliveries started");
            system.launcher.kill("projects-service");
            system.launcher.restart("projects-service");
            system.awaitRoutable(Duration.ofSeconds(60));

            List<String> expected = system.as("webhook-pm", "program-manager")
                    .get("/api/v1/events/projects?subject=" + project
                            + "&type=kr.go.msit.kus.project.suspended&type=kr.go.msit.kus.project.resumed")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertEquals(8, expected.size(), "four suspensions and four resumptions in the feed");
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!distinctIds(received).containsAll(expected) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(expected, List.copyOf(distinctIds(received)), "every event, first seen in the feed's order");
            for (Received message : List.copyOf(received)) {
                assertDoesNotThrow(() -> new Webhook(secret).verify(message.body(), message.headers()));
                assertEquals(project, message.subject());
            }
        } finally {
            if (subscription != null) {
                system.as("webhook-pm", "program-manager").delete("/api/v1/webhooks/projects/" + subscription);
            }
            receiver.stop(0);
        }
    }

    private static LinkedHashSet<String> distinctIds(List<Received> received) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        synchronized (received) {
            received.forEach(message -> ids.add(message.id()));
        }
        return ids;
    }

    private static void move(RunningSystem system, String project, String action) {
        system.as("webhook-pm", "program-manager")
                .body(Map.of("reason", "webhook system test"))
                .post("/api/v1/projects/" + project + "/" + action)
                .then()
                .statusCode(200);
    }
}
