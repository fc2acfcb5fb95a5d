package kr.go.msit.standards.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kr.go.msit.standards.launcher.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SIGTERM while a request is in flight: the gateway (the packaged application, as a process) finishes that request,
 * takes no new one, and exits by itself well within quarkus.shutdown.timeout.
 */
class GracefulShutdownTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aRequestInFlightFinishesAfterSigtermAndNoNewOneIsTaken() throws Exception {
        HttpServer slowProjects = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slowProjects.createContext("/", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{\"slow\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        slowProjects.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slowProjects.start();
        Path home = Path.of(System.getProperty("standards.home", ".."))
                .toAbsolutePath()
                .normalize();
        int port = RunningSystem.freePort();
        int managementPort = RunningSystem.freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        home.resolve("gateway/target/quarkus-app/quarkus-run.jar")
                                .toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        home.resolve("system-tests/target/graceful-gateway.log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().put("QUARKUS_PROFILE", "run");
        builder.environment()
                .put(
                        "PROJECTS_SERVICE_URL",
                        "http://127.0.0.1:" + slowProjects.getAddress().getPort());
        // the gateway verifies tokens itself and refuses to start without the identity provider's settings
        builder.environment()
                .put("JWT_PUBLIC_KEY_LOCATION", "file:" + home.resolve(".keys").resolve(DevTokens.PUBLIC_KEY_FILE));
        builder.environment().put("JWT_ISSUER", RunningSystem.ISSUER);
        String authorization = "Bearer "
                + new DevTokens(
                                DevTokens.ensureKeyPair(home.resolve(".keys")),
                                RunningSystem.ISSUER,
                                RunningSystem.AUDIENCE)
                        .mint("graceful-viewer", java.util.List.of("viewer"), null, Duration.ofHours(1));
        Process gateway = builder.start();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            awaitLive(client, managementPort);
            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/projects/slow"))
                            .header("Authorization", authorization)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1000); // the request has reached the slow service
            long terminated = System.nanoTime();
            gateway.destroy(); // SIGTERM
            Thread.sleep(1000); // the JVM's shutdown hooks have run; the request in flight has 1 s to go

            // a new request is not taken: refused, or answered 503 by the stopping server
            boolean refused;
            int lastStatus = -1;
            try {
                int status = client.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/projects/new"))
                                        .header("Authorization", authorization)
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                refused = status == 503;
                lastStatus = status;
            } catch (IOException connectionRefused) {
                refused = true;
            }
            assertTrue(refused, "a request after SIGTERM was taken: " + lastStatus);

            HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
            assertEquals(200, finished.statusCode(), finished.body());
            assertEquals("{\"slow\":true}", finished.body());
            assertTrue(gateway.waitFor(20, TimeUnit.SECONDS), "the gateway did not exit after SIGTERM");
            assertTrue(System.nanoTime() - terminated < TimeUnit.SECONDS.toNanos(20));
        } finally {
            gateway.destroyForcibly();
            slowProjects.stop(0);
        }
    }

    /** Waits for the gateway's liveness on its management port. */
    private static void awaitLive(HttpClient client, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(
                                        HttpRequest.newBuilder(
                                                        URI.create("http://127.0.0.1:" + port + "/q/health/live"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("the gateway did not start; see system-tests/target/graceful-gateway.log");
    }
}
