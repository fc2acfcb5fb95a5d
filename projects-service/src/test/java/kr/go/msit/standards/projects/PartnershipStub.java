package kr.go.msit.standards.projects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for partnership-service's eligibility endpoint. Every institution is eligible except these ids, which
 * play the other answers: not eligible, slow (3 s), failing (500) and unknown (404). {@code GET /__calls?institutionId=}
 * tells how often the stub was called for an institution and with which headers.
 */
public class PartnershipStub implements QuarkusTestResourceLifecycleManager {

    public static final String NOT_ELIGIBLE = "0e11a000-0000-4000-8000-000000000001";
    public static final String SLOW = "0e11a000-0000-4000-8000-000000000002";
    public static final String FAILING = "0e11a000-0000-4000-8000-000000000003";
    public static final String UNKNOWN = "0e11a000-0000-4000-8000-000000000004";
    /** Holds an agreement with DOE only: eligible when no agency is asked for or DOE is among them, else not. */
    public static final String DOE_ONLY = "0e11a000-0000-4000-8000-000000000006";
    /** The agreement every eligible institution's answer names as qualifying. */
    public static final String AGREEMENT = "7d0f3f4e-0000-4000-8000-0000000000aa";
    /** Eligible at the first check (submission), not at later ones (selection): its agreement lapsed meanwhile. */
    public static final String LAPSED = "0e11a000-0000-4000-8000-000000000005";

    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastCall = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/eligibility", this::eligibility);
        server.createContext("/__calls", this::calls);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return Map.of("quarkus.rest-client.partnership.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void eligibility(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
        String institution = query.getOrDefault("institutionId", List.of("")).get(0);
        int hit = hits.computeIfAbsent(institution, k -> new AtomicInteger()).incrementAndGet();
        lastCall.put(institution, "{\"authorization\":\"" + header(exchange, "Authorization") + "\",\"requestId\":\""
                + header(exchange, "X-Request-ID") + "\",\"instruments\":\"" + String.join(",",
                query.getOrDefault("instrument", List.of())) + "\",\"date\":\""
                + query.getOrDefault("date", List.of("")).get(0) + "\",\"agencies\":\"" + String.join(",",
                query.getOrDefault("agencyCode", List.of())) + "\"}");
        switch (institution) {
            case NOT_ELIGIBLE -> send(exchange, 200, notEligible(institution));
            case SLOW -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, eligible(institution));
            }
            case FAILING -> send(exchange, 500, "{\"status\":500}");
            case UNKNOWN -> send(exchange, 404, "{\"status\":404}");
            case LAPSED -> send(exchange, 200, hit == 1 ? eligible(institution) : notEligible(institution));
            case DOE_ONLY -> {
                List<String> agencies = query.getOrDefault("agencyCode", List.of());
                send(exchange, 200, agencies.isEmpty() || agencies.contains("DOE") ? eligible(institution)
                        : notEligible(institution));
            }
            default -> send(exchange, 200, eligible(institution));
        }
    }

    private void calls(HttpExchange exchange) throws IOException {
        String institution = query(exchange.getRequestURI().getRawQuery()).getOrDefault("institutionId", List.of("")).get(0);
        AtomicInteger count = hits.get(institution);
        send(exchange, 200, "{\"hits\":" + (count == null ? 0 : count.get()) + ",\"last\":"
                + lastCall.getOrDefault(institution, "null") + "}");
    }

    private static String notEligible(String institution) {
        return "{\"institutionId\":\"" + institution + "\",\"institutionCode\":\"NOPE\","
                + "\"eligible\":false,\"qualifyingAgreements\":[],\"reasons\":[{\"code\":\"EXPIRED\","
                + "\"agreementId\":\"7d0f3f4e-0000-4000-8000-000000000001\",\"detail\":\"AGR-NOPE-0001 expired after 2025-12-31\"}]}";
    }

    private static String eligible(String institution) {
        return "{\"institutionId\":\"" + institution + "\",\"institutionCode\":\"OK\",\"eligible\":true,"
                + "\"acceptedInstruments\":[\"MOU\"],\"qualifyingAgreements\":[{\"id\":\"" + AGREEMENT + "\"}],\"reasons\":[]}";
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> params = new ConcurrentHashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
