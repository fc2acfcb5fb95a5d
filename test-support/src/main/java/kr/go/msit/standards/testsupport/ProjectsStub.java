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
 * Stands in for projects-service's {@code GET /api/v1/projects/{id}}, for the services that call it: the 8 projects of
 * 2025 (KUS-2025-05 among them) are ACTIVE (led by KRISS), any id starting with {@value #ACTIVE_PREFIX} is an ACTIVE project of the 2025 program (so a
 * test can make as many as it needs with {@link #newActiveProject()}), and these ids play the other answers: a
 * completed project, a slow answer (3 s), a failure (500); any other id is 404. {@code GET /__calls?projectId=} tells
 * how often a project was asked for, and with which Authorization and traceparent. Every project answers a period of
 * performance 2025-01-01 – 2030-12-31 (a year beyond the program's, so that the envelope's own years are checked too)
 * and an award of 37.5 bn KRW (the whole program), except those of
 * {@link #newProgramProject()}, which answer the 2025 projects' 2025-01-01 – 2027-12-31 and 1.25 bn KRW; a test changes
 * a project's state with {@link #setStatus}.
 */
public class ProjectsStub implements QuarkusTestResourceLifecycleManager {

    public static final String KUS_2025_05 = "a0000002-0000-4000-8000-000000000005";
    public static final String COMPLETED = "0e11b000-0000-4000-8000-000000000001";
    public static final String SLOW = "0e11b000-0000-4000-8000-000000000002";
    public static final String FAILING = "0e11b000-0000-4000-8000-000000000003";
    public static final String ACTIVE_PREFIX = "0e11c000-";
    /** Ids with this prefix are projects that will end: ACTIVE until the test ends them ({@code setStatus(id, "COMPLETED")}). */
    public static final String ENDING_PREFIX = "0e11d000-";
    public static final String PROGRAM_2025 = "a0000000-0000-4000-8000-000000002025";
    /** The 8 projects of 2025 as projects-service seeds them (KUS-2025-01 … 08): ACTIVE, like {@link #newProgramProject}. */
    public static final String SEEDED_PREFIX = "a0000002-0000-4000-8000-0000000000";
    /** Ids with this prefix are ACTIVE projects like the 8 of 2025: 2025-01-01 – 2027-12-31, 1.25 bn KRW awarded. */
    public static final String PROGRAM_PROJECT_PREFIX = "0e11e000-";
    /** What a 2025 project was awarded. */
    public static final long PROJECT_AWARD_KRW = 1_250_000_000L;

    /** States set by tests ({@link #setStatus}), by project id, with the moment they were set. */
    private static final Map<String, String[]> STATES = new ConcurrentHashMap<>();

    /** Sets the state the stub answers for {@code projectId} from now on (for example SUSPENDED), as of now. */
    public static void setStatus(String projectId, String status) {
        setStatus(projectId, status, java.time.Instant.now());
    }

    /** Sets the state the stub answers for {@code projectId} from now on, entered at {@code since}. */
    public static void setStatus(String projectId, String status, java.time.Instant since) {
        STATES.put(projectId, new String[] {status, since.toString()});
    }

    /** From now on the stub answers 500 for {@code projectId} (projects-service failing), until {@link #setStatus}. */
    public static void fail(String projectId) {
        STATES.put(projectId, new String[] {FAILS, ""});
    }

    private static final String FAILS = "__fails";

    /** An ACTIVE project like the 8 of 2025: period 2025-01-01 – 2027-12-31, awarded 1.25 bn KRW. */
    public static String newProgramProject() {
        return PROGRAM_PROJECT_PREFIX + java.util.UUID.randomUUID().toString().substring(9);
    }

    /** A project ACTIVE while its money moves, until the test ends it with {@link #setStatus}. */
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
        hits.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        authorization.put(id, auth == null ? "" : auth);
        String trace = exchange.getRequestHeaders().getFirst("traceparent");
        traceparent.put(id, trace == null ? "" : trace);
        String[] set = STATES.get(id);
        if (set != null && FAILS.equals(set[0])) {
            send(exchange, 500, "{\"status\":500}");
            return;
        }
        switch (id) {
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
                    send(exchange, 200, project(id, "KUS-E-" + id.substring(id.length() - 8).toUpperCase(), "ACTIVE"));
                } else if (id.startsWith(SEEDED_PREFIX) && id.length() == 36) {
                    send(exchange, 200, project(id, "KUS-2025-" + id.substring(34), "ACTIVE"));
                } else if (id.startsWith(ACTIVE_PREFIX) || id.startsWith(PROGRAM_PROJECT_PREFIX)) {
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
        String[] set = STATES.get(id);
        boolean program = id.startsWith(PROGRAM_PROJECT_PREFIX) || id.startsWith(SEEDED_PREFIX);
        return "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"status\":\"" + (set == null ? status : set[0])
                + "\",\"programId\":\"" + PROGRAM_2025 + "\",\"technologyArea\":\"QUANTUM\""
                + ",\"leadInstitutionId\":\"1b57c000-0000-4000-8000-000000000001\",\"titleKo\":\"과제\""
                + ",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"" + (program ? "2027-12-31" : "2030-12-31") + "\""
                + ",\"awardedTotalKrw\":" + (program ? PROJECT_AWARD_KRW : 37_500_000_000L)
                + ",\"statusChangedAt\":\"" + (set == null ? "2025-01-01T00:00:00Z" : set[1]) + "\"}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
