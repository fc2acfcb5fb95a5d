package kr.go.msit.standards.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input to every operation of the gateway's OpenAPI document: malformed JSON, wrong types, huge bodies, deep
 * nesting, null bytes, over-long strings, negative and overflowing amounts, SQL and script fragments, invalid
 * UTF-8, in bodies, path and query parameters. Nothing may answer 5xx, every 4xx is problem+json, and nothing is
 * stored: each service's audit trail (one row per change) has as many rows afterwards as before.
 */
class BadInputCorpusTest {

    private static final String[] ROLES = {"program-manager", "finance-officer", "partnership-officer", "auditor"};
    private static final List<String> SERVICES = List.of("projects", "funding", "partnership");
    /**
     * quarkus.http.limits.max-initial-line-length. Vert.x refuses a longer request line before any code of ours runs:
     * it answers a bare 414 and closes the connection at once, so a caller still writing the rest of its request
     * (here, query parameters of 5,000 characters each make 20–60 KB of headers) may see the connection reset
     * instead of the 414. Either is that documented refusal.
     */
    private static final int MAX_REQUEST_LINE = 16_384;

    /** Bodies that are wrong whatever the operation. */
    private static List<byte[]> bodies() {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of(
                "{",
                "[",
                "{\"a\":}",
                "null",
                "[]",
                "\"text\"",
                "12",
                "{\"unknownField\":1}",
                "{\"amountKrw\":-1}",
                "{\"amountKrw\":9223372036854775808}",
                "{\"amountKrw\":1e400}",
                "{\"amountKrw\":\"many\"}",
                "{\"totalKrw\":-5}",
                "{\"fiscalYear\":99999999999}",
                "{\"code\":\"'; DROP TABLE project; --\"}",
                "{\"titleKo\":\"<script>alert(1)</script>\"}",
                "{\"nameKo\":\"a\\u0000b\"}",
                "{\"reason\":\"" + "가".repeat(70_000) + "\"}",
                "{\"lines\":[{\"fiscalYear\":\"2026\",\"amountKrw\":null}]}",
                "{\"status\":\"NOT_A_STATE\"}",
                "{\"amountKrw\":1000,\"amountKrw\":5000}",
                "{\"code\":\"A\u0000B\",\"nameKo\":\"x\u0000\"}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"purpose\":\"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        bodies.add(
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', 'K', 'o', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        return bodies;
    }

    /** A body's content type that no operation takes ("" sends the body with none named). */
    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=EBCDIC",
            "");

    /** Header values no operation accepts (they replace the defaults of the same name). */
    private static final List<Map<String, String>> BAD_HEADERS = List.of(
            Map.of("If-Match", "not-an-entity-tag"),
            Map.of("If-Match", "\"" + "9".repeat(40) + "\""),
            Map.of("Idempotency-Key", "k".repeat(1_000)),
            Map.of("X-Request-ID", "<script>".repeat(50)),
            Map.of("traceparent", "00-zz-zz-zz"));

    /** Values for path and query parameters that no parameter accepts, or that must not do harm. */
    private static final List<String> BAD_VALUES = List.of(
            "not-a-uuid",
            "-1",
            "99999999999999999999",
            "' OR '1'='1",
            "<script>alert(1)</script>",
            "%00",
            "a\u0000b",
            "x".repeat(5000),
            "2026-13-45");

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void noOperationAnswers5xxEveryRefusalIsProblemJsonAndNothingIsStored() throws Exception {
        RunningSystem system = RunningSystem.get();
        String token = system.token("corpus", ROLES);
        Map<String, Integer> auditBefore = auditTotals(system);
        JsonNode document = RunningSystem.document(system.gateway);

        List<String> failures = new ArrayList<>();
        int sent = 0;
        int cut = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                op.getValue().path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        query.add(p.path("name").asText());
                    }
                });
                // a well-formed id that exists nowhere, then bad values in every path parameter
                List<String> targets = new ArrayList<>();
                targets.add(path.getKey()
                        .replaceAll("\\{service}", "projects")
                        .replaceAll("\\{fiscalYear}", "2026")
                        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
                if (path.getKey().contains("{")) {
                    for (String bad : BAD_VALUES) {
                        targets.add(path.getKey().replaceAll("\\{[^}]+}", encode(bad)));
                    }
                }
                for (String target : targets) {
                    if (method.equals("GET")) {
                        for (String bad : query.isEmpty() ? List.<String>of() : BAD_VALUES) {
                            StringBuilder url = new StringBuilder(target).append('?');
                            query.forEach(name -> url.append(name)
                                    .append('=')
                                    .append(encode(bad))
                                    .append('&'));
                            url.setLength(url.length() - 1);
                            sent++;
                            cut += sendAndCheck(failures, system, token, method, url.toString(), null);
                        }
                        if (query.isEmpty()) {
                            sent++;
                            cut += sendAndCheck(failures, system, token, method, target, null);
                        }
                    } else {
                        // bodies only on the first target: bad path values are refused before the body matters
                        for (byte[] body : target.equals(targets.get(0)) ? bodies() : List.of(bodies().get(0))) {
                            sent++;
                            cut += sendAndCheck(failures, system, token, method, target, body);
                        }
                        if (target.equals(targets.get(0))) {
                            // the body in the wrong type, or in none named; and headers that no operation accepts
                            for (String contentType : WRONG_CONTENT_TYPES) {
                                sent++;
                                cut += sendAndCheck(
                                        failures,
                                        system,
                                        token,
                                        method,
                                        target,
                                        "{}".getBytes(StandardCharsets.UTF_8),
                                        contentType,
                                        Map.of());
                            }
                            for (Map<String, String> headers : BAD_HEADERS) {
                                sent++;
                                cut += sendAndCheck(
                                        failures,
                                        system,
                                        token,
                                        method,
                                        target,
                                        "{}".getBytes(StandardCharsets.UTF_8),
                                        "application/json",
                                        headers);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(
                "[system-tests] bad-input corpus: %d requests (%d with a request line beyond the limit cut by the "
                        + "HTTP layer before its 414 was read), %d failures%n",
                sent, cut, failures.size());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "bad-input-failures.txt"), failures);
        assertEquals(List.of(), failures.size() > 30 ? failures.subList(0, 30) : failures);
        assertEquals(auditBefore, auditTotals(system), "a bad request changed something");
        // nothing a caller sent made a service look unhealthy to the gateway: every circuit is still closed
        String metrics = given().baseUri(system.management("gateway"))
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replace(",}", "}");
        for (String service : List.of("projects-service", "funding-service", "partnership-service")) {
            assertTrue(
                    metrics.contains("kus_gateway_circuit_open{service=\"" + service + "\"} 0.0"),
                    service + "'s circuit opened during the corpus");
        }
    }

    /**
     * Sends the request and checks its answer; 1 when the HTTP layer cut a request whose line is beyond its limit
     * before the answer could be read (the documented refusal), else 0. A cut below the limit is a failure.
     */
    private static int sendAndCheck(
            List<String> failures, RunningSystem system, String token, String method, String url, byte[] body) {
        return sendAndCheck(failures, system, token, method, url, body, "application/json; charset=UTF-8", Map.of());
    }

    /** The same with the body's content type ("" for none named) and extra headers. */
    private static int sendAndCheck(
            List<String> failures,
            RunningSystem system,
            String token,
            String method,
            String url,
            byte[] body,
            String contentType,
            Map<String, String> headers) {
        Response response;
        try {
            response = send(system, token, method, url, body, contentType, headers);
        } catch (AssertionError contract) { // ContractValidation: the answer is not what the document says
            failures.add(method + " " + (url.length() > 120 ? url.substring(0, 120) + "…" : url) + ": "
                    + contract.getMessage().replace('\n', ' '));
            return 0;
        }
        if (response != null) {
            check(failures, method, url, response);
            return 0;
        }
        if (url.length() <= MAX_REQUEST_LINE) {
            failures.add("connection cut " + method + " " + (url.length() > 120 ? url.substring(0, 120) + "…" : url));
            return 0;
        }
        return 1;
    }

    /** The answer, or null when the server closed the connection before the request was written whole. */
    private static Response send(
            RunningSystem system,
            String token,
            String method,
            String url,
            byte[] body,
            String contentType,
            Map<String, String> headers) {
        RequestSpecification request = given().baseUri(system.gateway)
                .urlEncodingEnabled(false)
                .auth()
                .oauth2(token)
                .header(
                        "Idempotency-Key",
                        headers.getOrDefault(
                                "Idempotency-Key", UUID.randomUUID().toString()))
                .header("If-Match", headers.getOrDefault("If-Match", "\"1\""))
                .accept("application/json");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (!header.getKey().equals("Idempotency-Key") && !header.getKey().equals("If-Match")) {
                request = request.header(header.getKey(), header.getValue());
            }
        }
        if (body != null) {
            // RestAssured encodes a form body itself and takes it as text only
            request = contentType.isEmpty()
                    ? request.noContentType().body(body)
                    : contentType.startsWith("application/x-www-form-urlencoded")
                            ? request.contentType(contentType).body(new String(body, StandardCharsets.UTF_8))
                            : request.contentType(contentType).body(body);
        }
        try {
            return request.request(method, url);
        } catch (Exception cut) { // RestAssured rethrows the client's IOException undeclared
            if (cut instanceof java.net.SocketException) {
                return null;
            }
            throw cut instanceof RuntimeException runtime ? runtime : new IllegalStateException(cut);
        }
    }

    private static void check(List<String> failures, String method, String url, Response response) {
        int status = response.statusCode();
        String shortUrl = url.length() > 120 ? url.substring(0, 120) + "…" : url;
        if (status >= 500) {
            failures.add(status + " " + method + " " + shortUrl + " " + abbreviate(response.asString()));
        } else if (status == 414 && url.length() > MAX_REQUEST_LINE) {
            return; // refused by the HTTP layer before any application code (documented limit)
        } else if (status >= 400 && url.contains("/common-grants/")) {
            // the CommonGrants protocol's error shape is the rule on that prefix (and nowhere else)
            String body = response.asString();
            if (!String.valueOf(response.contentType()).startsWith("application/json")
                    || !body.contains("\"status\":" + status)
                    || !body.contains("\"message\"")
                    || !body.contains("\"errors\"")) {
                failures.add(status + " without the CommonGrants error shape (" + response.contentType() + ") " + method
                        + " " + shortUrl);
            }
        } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(status + " without problem+json (" + response.contentType() + ") " + method + " " + shortUrl);
        }
    }

    private static Map<String, Integer> auditTotals(RunningSystem system) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String service : SERVICES) {
            totals.put(
                    service,
                    system.as("corpus-auditor", "auditor")
                            .get("/api/v1/audit/" + service + "?size=1")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("total"));
        }
        return totals;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
