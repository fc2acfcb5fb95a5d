package kr.go.msit.standards.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for projects-service's {@code GET /api/v1/projects/{id}}, for the services that call it: KUS-2025-05 is
 * ACTIVE (led by KRISS), any id starting with {@value #ACTIVE_PREFIX} is an ACTIVE project of the 2025 program (so a
 * test can make as many as it needs with {@link #newActiveProject()}), and these ids play the other answers: a
 * completed project, a slow answer (3 s), a failure (500); any other id is 404. {@code GET /__calls?projectId=} tells
 * how often a project was asked for, and with which Authorization and traceparent.
 */
public class ProjectsStub implements QuarkusTestResourceLifecycleManager {

    public static final String KUS_2025_05 = "a0000002-0000-4000-8000-000000000005";
    public static final String COMPLETED = "0e11b000-0000-4000-8000-000000000001";
    public static final String SLOW = "0e11b000-0000-4000-8000-000000000002";
    public static final String FAILING = "0e11b000-0000-4000-8000-000000000003";
    public static final String ACTIVE_PREFIX = "0e11c000-";
    /** Ids with this prefix are ACTIVE when first asked for, COMPLETED afterwards: a project that has ended. */
    public static final String ENDING_PREFIX = "0e11d000-";
    public static final String PROGRAM_2025 = "a0000000-0000-4000-8000-000000002025";

    /** A project ACTIVE at the first question (allocation) and COMPLETED at every later one (settlement). */
    public static String newEndingProject() {
        return ENDING_PREFIX + java.util.UUID.randomUUID().toString().substring(9);
    }

    /** The id of an ACTIVE project of the 2025 program, led by KRISS, in technology area QUANTUM. */
    public static String newActiveProject() {
        return ACTIVE_PREFIX + java.util.UUID.randomUUID().toString().substring(9);
    }

    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> authorization = new ConcurrentHashMap<>();
    private final Map<String, String> traceparent = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/projects/", this::project);
        server.createContext("/__calls", this::calls);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return Map.of("quarkus.rest-client.projects.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void project(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/v1/projects/".length());
        int hit = hits.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        authorization.put(id, auth == null ? "" : auth);
        String trace = exchange.getRequestHeaders().getFirst("traceparent");
        traceparent.put(id, trace == null ? "" : trace);
        switch (id) {
            case KUS_2025_05 -> send(exchange, 200, project(id, "KUS-2025-05", "ACTIVE"));
            case COMPLETED -> send(exchange, 200, project(id, "KUS-2024-99", "COMPLETED"));
            case SLOW -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, project(id, "KUS-2025-98", "ACTIVE"));
            }
            case FAILING -> send(exchange, 500, "{\"status\":500}");
            default -> {
                if (id.startsWith(ENDING_PREFIX)) {
                    send(exchange, 200, project(id, "KUS-E-" + id.substring(id.length() - 8).toUpperCase(),
                            hit == 1 ? "ACTIVE" : "COMPLETED"));
                } else if (id.startsWith(ACTIVE_PREFIX)) {
                    send(exchange, 200, project(id, "KUS-T-" + id.substring(id.length() - 8).toUpperCase(), "ACTIVE"));
                } else {
                    send(exchange, 404, "{\"status\":404}");
                }
            }
        }
    }

    private void calls(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String id = query == null ? "" : query.replace("projectId=", "");
        AtomicInteger count = hits.get(id);
        send(exchange, 200, "{\"hits\":" + (count == null ? 0 : count.get()) + ",\"authorization\":\""
                + authorization.getOrDefault(id, "") + "\",\"traceparent\":\"" + traceparent.getOrDefault(id, "") + "\"}");
    }

    private static String project(String id, String code, String status) {
        return "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"status\":\"" + status
                + "\",\"programId\":\"" + PROGRAM_2025 + "\",\"technologyArea\":\"QUANTUM\""
                + ",\"leadInstitutionId\":\"1b57c000-0000-4000-8000-000000000001\",\"titleKo\":\"과제\"}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
