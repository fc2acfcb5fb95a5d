package kr.go.msit.standards.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for the services: a stub projects-service that echoes what reached it (and answers in ways that show
 * whether bodies stream), a partnership-service that answers too slowly, and a funding-service address where nothing
 * listens.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/projects", StubServices::echo);
        server.createContext("/api/v1/audit", StubServices::echo);
        // partnership-service whose headers come at once and whose body trickles for 3 s
        server.createContext("/api/v1/workshops", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"items\":[".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(3000);
                out.write("]}".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException clientGone) {
                // the gateway gave up: that is the point
            }
        });
        // projects-service that answers as soon as it has the first 5 bytes of a body: a proxy that waited for the
        // whole body before forwarding it would never see this answer while the caller holds the rest back
        server.createContext("/api/v1/calls", exchange -> {
            byte[] first = new byte[5];
            int read = 0;
            // not readNBytes: it asks for 0 more bytes at the end, which makes the chunked stream wait for the next
            // chunk
            while (read < first.length) {
                int n = exchange.getRequestBody().read(first, read, first.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            byte[] answer = ("{\"firstBytes\":\"" + new String(first, StandardCharsets.UTF_8) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            OutputStream out = exchange.getResponseBody();
            out.write(answer);
            out.flush();
            exchange.getRequestBody().readAllBytes();
            out.close();
        });
        // projects-service whose long answer (200 KB, beyond the gateway's 64 KB buffer) ends only after 3 s
        server.createContext("/api/v1/applications", exchange -> trickle(exchange, 200_000, 3000));
        // partnership-service (500 ms timeout) whose long answer stalls after 100 KB
        server.createContext("/api/v1/dispatches", exchange -> trickle(exchange, 100_000, 3000));
        server.createContext(
                "/q/health/ready", exchange -> send(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
        server.createContext("/api/v1/programs", StubServices::conflict);
        server.createContext("/api/v1/institutions", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "application/json", "{}");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        String nowhere = "http://127.0.0.1:" + freePort();
        // one stub answers for projects and partnership, its /q/health/ready as their management interfaces too
        return Map.of(
                "gateway.services.projects.url", url,
                "gateway.services.projects.management-url", url,
                "gateway.services.partnership.url", url,
                "gateway.services.partnership.management-url", url,
                "gateway.services.partnership.timeout", "500ms",
                "gateway.services.funding.url", nowhere,
                "gateway.services.funding.management-url", nowhere);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Answers with what it received: method, path, query, headers and body. */
    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        StringBuilder json = new StringBuilder("{\"method\":\"")
                .append(exchange.getRequestMethod())
                .append("\",\"path\":\"")
                .append(exchange.getRequestURI().getRawPath())
                .append("\",\"query\":\"")
                .append(exchange.getRequestURI().getRawQuery())
                .append("\",\"body\":\"")
                .append(new String(body, StandardCharsets.UTF_8).replace("\"", "'"))
                .append("\",\"headers\":{");
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        json.append(String.join(
                ",",
                headers.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue().replace("\"", "'") + "\"")
                        .toList()));
        json.append("}}");
        exchange.getResponseHeaders().add("X-Upstream", "projects-stub");
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        if ("POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/api/v1/projects/abc?x=1");
            send(exchange, 201, "application/json", json.toString());
        } else {
            send(exchange, 200, "application/json", json.toString());
        }
    }

    /** Sends {@code first} bytes at once, then, after {@code pauseMillis}, 10 more: 200 chunked. */
    private static void trickle(HttpExchange exchange, int first, long pauseMillis) {
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(200, 0);
            out.write("x".repeat(first).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(pauseMillis);
            out.write("0123456789".getBytes(StandardCharsets.US_ASCII));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the gateway gave up: that is the point
        }
    }

    /** A 409 problem, with caching rules of its own (the gateway leaves them as they are). */
    private static void conflict(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        send(
                exchange,
                409,
                "application/problem+json",
                "{\"type\":\"https://standards.msit.go.kr/problems/illegal-transition\",\"status\":409,\"currentState\":\"CLOSED\"}");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
