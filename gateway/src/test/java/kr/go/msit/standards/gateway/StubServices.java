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
 * Stands in for the services: a stub projects-service that echoes what reached it, a partnership-service that
 * answers too slowly, and a funding-service address where nothing listens.
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
        server.createContext("/q/health/ready", exchange -> send(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
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
        return Map.of(
                "gateway.services.projects.url", url,
                "gateway.services.partnership.url", url,
                "gateway.services.partnership.timeout", "500ms",
                "gateway.services.funding.url", "http://127.0.0.1:" + freePort());
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
        StringBuilder json = new StringBuilder("{\"method\":\"").append(exchange.getRequestMethod())
                .append("\",\"path\":\"").append(exchange.getRequestURI().getRawPath())
                .append("\",\"query\":\"").append(exchange.getRequestURI().getRawQuery())
                .append("\",\"body\":\"").append(new String(body, StandardCharsets.UTF_8).replace("\"", "'"))
                .append("\",\"headers\":{");
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        json.append(String.join(",", headers.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue().replace("\"", "'") + "\"").toList()));
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

    private static void conflict(HttpExchange exchange) throws IOException {
        send(exchange, 409, "application/problem+json",
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
