package kr.go.msit.standards.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The three services as one stub, for composed views. Projects play the cases: complete, funding failing, lead's
 * partnership parts slow but in time, lead's partnership parts too slow, no allocation yet, projects-service failing.
 * {@code GET /__auth} lists the Authorization headers the parts carried.
 */
public class DossierStubs implements QuarkusTestResourceLifecycleManager {

    public static final String COMPLETE = "d0551e00-0000-4000-8000-000000000001";
    public static final String FUNDING_FAILS = "d0551e00-0000-4000-8000-000000000002";
    public static final String PARTNERSHIP_SLOW = "d0551e00-0000-4000-8000-000000000003";
    public static final String PARTNERSHIP_TOO_SLOW = "d0551e00-0000-4000-8000-000000000004";
    public static final String NOT_FUNDED = "d0551e00-0000-4000-8000-000000000005";
    public static final String PROJECTS_FAIL = "d0551e00-0000-4000-8000-000000000006";
    /** The project and its allocation each take 1 s. */
    public static final String PROJECT_SLOW = "d0551e00-0000-4000-8000-000000000007";
    /** The project takes 1 s and names {@link #SLOW_LEAD}, whose agreements and eligibility take 1 s each. */
    public static final String PROJECT_AND_LEAD_SLOW = "d0551e00-0000-4000-8000-000000000008";
    /** Names {@link #LEAD} in its first answer and {@link #OTHER_LEAD} in every later one. */
    public static final String LEAD_CHANGES = "d0551e00-0000-4000-8000-000000000009";
    static final String OTHER_LEAD = "1b57c000-0000-4000-8000-0000000000b2";
    static final String FUNDING_DOWN = "funding-down";
    static final String PROGRAM = "9a000000-0000-4000-8000-000000000001";
    static final String LEAD = "1b57c000-0000-4000-8000-000000000001";
    static final String SLOW_LEAD = "1b57c000-0000-4000-8000-0000000005a0";
    static final String TOO_SLOW_LEAD = "1b57c000-0000-4000-8000-0000000005a1";

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger leadChangesAnswers = new java.util.concurrent.atomic.AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        // one stub answers for every service, its /q/health/ready as their management interfaces too
        return Map.of("gateway.services.projects.url", url, "gateway.services.funding.url", url,
                "gateway.services.partnership.url", url, "gateway.services.partnership.timeout", "2s",
                "gateway.services.projects.management-url", url, "gateway.services.funding.management-url", url,
                "gateway.services.partnership.management-url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
        if (path.equals("/q/health/ready")) {
            send(exchange, 200, "{\"status\":\"UP\"}");
            return;
        }
        if (path.equals("/__auth")) {
            send(exchange, 200, "[" + String.join(",", authorizations.stream().map(a -> "\"" + a + "\"").toList()) + "]");
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(auth == null ? "" : auth);
        // the dashboard: a caller whose token's subject is funding-down finds funding-service failing
        if (auth != null && subjectOf(auth).equals(FUNDING_DOWN)
                && (path.startsWith("/api/v1/budgets") || path.startsWith("/api/v1/funding-reports"))) {
            send(exchange, 500, "{\"status\":500}");
        } else if (path.equals("/api/v1/projects/summary")) {
            send(exchange, 200, "{\"projects\":8,\"awardedTotalKrw\":10000000000,\"byStatus\":[],\"byTechnologyArea\":[]}");
        } else if (path.equals("/api/v1/budgets")) {
            send(exchange, 200, "{\"items\":[{\"programId\":\"" + PROGRAM + "\"}],\"total\":1}");
        } else if (path.startsWith("/api/v1/projects/")) {
            String[] parts = path.substring("/api/v1/projects/".length()).split("/");
            String id = parts[0];
            if (id.equals(PROJECTS_FAIL)) {
                send(exchange, 500, "{\"status\":500}");
            } else if (!id.startsWith("d0551e00-")) {
                send(exchange, 404, "{\"type\":\"https://standards.msit.go.kr/problems/not-found\",\"status\":404,"
                        + "\"detail\":\"project " + id + " does not exist\"}");
            } else if (parts.length > 1) {
                send(exchange, 200, "[{\"type\":\"ANNUAL\",\"status\":\"DUE\"}]");
            } else {
                if (id.equals(PROJECT_SLOW) || id.equals(PROJECT_AND_LEAD_SLOW)) {
                    sleep(1000);
                }
                String lead = id.equals(PARTNERSHIP_SLOW) || id.equals(PROJECT_AND_LEAD_SLOW) ? SLOW_LEAD
                        : id.equals(PARTNERSHIP_TOO_SLOW) ? TOO_SLOW_LEAD
                        : id.equals(LEAD_CHANGES) && leadChangesAnswers.getAndIncrement() > 0 ? OTHER_LEAD : LEAD;
                send(exchange, 200, "{\"id\":\"" + id + "\",\"code\":\"KUS-2025-01\",\"programId\":\"" + PROGRAM
                        + "\",\"leadInstitutionId\":\"" + lead + "\"}");
            }
        } else if (path.startsWith("/api/v1/allocations") || path.startsWith("/api/v1/funding-reports/")) {
            if (query.contains(FUNDING_FAILS) || path.contains(FUNDING_FAILS)) {
                send(exchange, 500, "{\"status\":500}");
            } else if (query.contains(NOT_FUNDED) || path.contains(NOT_FUNDED)) {
                send(exchange, path.startsWith("/api/v1/allocations") ? 200 : 404,
                        path.startsWith("/api/v1/allocations") ? "{\"items\":[],\"total\":0}" : "{\"status\":404}");
            } else if (path.startsWith("/api/v1/allocations")) {
                if (query.contains(PROJECT_SLOW)) {
                    sleep(1000);
                }
                send(exchange, 200, "{\"items\":[{\"id\":\"a1100000-0000-4000-8000-000000000001\",\"totalKrw\":1250000000}],\"total\":1}");
            } else {
                send(exchange, 200, "{\"allocatedKrw\":1250000000,\"paidKrw\":120000000}");
            }
        } else if (path.startsWith("/api/v1/programs/")) {
            send(exchange, path.equals("/api/v1/programs/" + PROGRAM) ? 200 : 404,
                    "{\"id\":\"" + PROGRAM + "\",\"partnerAgencies\":[\"NIST\"]}");
        } else if (path.startsWith("/api/v1/agreements") || path.startsWith("/api/v1/eligibility")
                || path.startsWith("/api/v1/dispatches")) {
            if (query.contains(SLOW_LEAD) || query.contains(PARTNERSHIP_SLOW)) {
                sleep(1000);
            }
            if (query.contains(TOO_SLOW_LEAD) || query.contains(PARTNERSHIP_TOO_SLOW)) {
                sleep(3500);
            }
            String institution = query.replaceAll(".*institutionId=([^&]*).*|.*", "$1");
            // eligibility names the agencies it was asked for, as partnership-service does
            String agencies = String.join(",", java.util.Arrays.stream(query.split("&"))
                    .filter(pair -> pair.startsWith("agencyCode=")).map(pair -> "\"" + pair.substring(11) + "\"").toList());
            send(exchange, 200, path.startsWith("/api/v1/eligibility")
                    ? "{\"eligible\":true,\"institutionId\":\"" + institution + "\",\"agencyCodes\":[" + agencies + "]}"
                    : "{\"items\":[{\"id\":\"x\",\"institutionId\":\"" + institution + "\"}],\"total\":1}");
        } else {
            send(exchange, 404, "{}");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The subject of a bearer JWT (the gateway has verified it already). */
    private static String subjectOf(String authorization) {
        String[] parts = authorization.substring(authorization.indexOf(' ') + 1).split("\\.");
        if (parts.length < 2) {
            return "";
        }
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher sub = java.util.regex.Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]*)\"").matcher(claims);
        return sub.find() ? sub.group(1) : "";
    }
}
