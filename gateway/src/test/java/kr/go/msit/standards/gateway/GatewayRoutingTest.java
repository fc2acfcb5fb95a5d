package kr.go.msit.standards.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.Management;
import kr.go.msit.standards.testsupport.NothingLoggedAtError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(NothingLoggedAtError.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(StubServices.class)
class GatewayRoutingTest extends WithDefaultToken {

    @Test
    void getsPassThroughWithStatusHeadersBodyAndQuery() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/projects/42?status=ACTIVE&q=%EA%B4%91%EC%8B%9C%EA%B3%84")
                .then()
                .statusCode(200)
                .header("X-Upstream", "projects-stub")
                .header("ETag", "\"7\"")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/projects/42"))
                .body("query", equalTo("status=ACTIVE&q=%EA%B4%91%EC%8B%9C%EA%B3%84"));
    }

    @Test
    void writesCarryTheirBodyAndTheHeadersServicesNeed() {
        given().contentType(ContentType.JSON)
                .header("Authorization", DefaultToken.VIEWER)
                .header("Idempotency-Key", "key-1")
                .header("If-Match", "\"3\"")
                .header("X-Request-ID", "req-77")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .body("{\"titleKo\":\"광시계\"}")
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .header("X-Request-ID", "req-77")
                .body("method", equalTo("POST"))
                .body("body", equalTo("{'titleKo':'광시계'}"))
                .body("headers.authorization", equalTo(DefaultToken.VIEWER))
                .body("headers.idempotency-key", equalTo("key-1"))
                .body("headers.if-match", equalTo("'3'"))
                .body("headers.x-request-id", equalTo("req-77"))
                .body("headers.traceparent", startsWith("00-0af7651916cd43dd8448eb211c80319c"));
    }

    @Test
    void locationNeverNamesTheServiceNorFollowsAForgedHost() {
        // no public address configured here: the path alone, which the client resolves against what it called
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .header("Location", equalTo("/api/v1/projects/abc?x=1"));
        given().contentType(ContentType.JSON)
                .header("Host", "evil.example")
                .body("{}")
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .header("Location", equalTo("/api/v1/projects/abc?x=1"));
    }

    @Test
    void problemsFromServicesPassUnchanged() {
        given().post("/api/v1/programs/1/close")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("CLOSED"));
    }

    @Test
    void answersAreNotKeptByCachesUnlessTheServiceSaysOtherwise() {
        // proxied (the stub says nothing), the gateway's own 404, and a refusal before any route
        for (String path : new String[] {"/api/v1/projects/42", "/api/v1/unicorns"}) {
            assertEquals(
                    List.of("no-store"),
                    given().get(path).then().extract().headers().getValues("Cache-Control"),
                    path);
        }
        DefaultToken.clear();
        given().get("/api/v1/projects/42").then().statusCode(401).header("Cache-Control", "no-store");
        // the service's own rule passes unchanged, not doubled
        DefaultToken.use();
        assertEquals(
                List.of("no-cache"),
                given().post("/api/v1/programs/1/close")
                        .then()
                        .statusCode(409)
                        .extract()
                        .headers()
                        .getValues("Cache-Control"));
    }

    @Test
    void anUnknownResourceIs404Problem() {
        given().get("/api/v1/unicorns").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownIs503NamingIt() {
        given().header("X-Request-ID", "down-1")
                .get("/api/v1/budgets")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("dependency", equalTo("funding-service"))
                .body("requestId", equalTo("down-1"))
                .body("instance", equalTo("/api/v1/budgets"));
    }

    @Test
    void aServiceThatIsSlowIs504WithinTheTimeout() {
        timesOutWithinTheLimit("/api/v1/institutions");
    }

    @Test
    void aServiceWhoseBodyTricklesIs504WithinTheTimeoutToo() {
        // headers at once, the body over 3 s: the timeout (500 ms here) bounds the whole answer, not the headers
        timesOutWithinTheLimit("/api/v1/workshops");
    }

    /** A 504 naming partnership-service, answered well within the stub's delay (the timeout here is 500 ms). */
    private static void timesOutWithinTheLimit(String path) {
        long started = System.nanoTime();
        given().get(path)
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("dependency", equalTo("partnership-service"));
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - started) / 1_000_000L, lessThan(2500L));
    }

    @Test
    void aRequestBodyStreamsToTheServiceAsItArrives() throws Exception {
        // the caller sends 5 bytes of a chunked body and holds the rest back until it has the answer, which the
        // service gives as soon as it has those 5 bytes; a gateway that read the whole body first would hang here
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/calls HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: " + DefaultToken.VIEWER + "\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntil(socket.getInputStream(), "}");
            assertTrue(answer.startsWith("HTTP/1.1 200 OK"), answer);
            assertTrue(answer.contains("{\"firstBytes\":\"first\"}"), answer);
        }
    }

    @Test
    void aCallerThatExpects100ContinueGetsItOnceTheServiceCanTakeTheBody() throws Exception {
        // the caller sends its body only after "100 Continue" (as curl does for large bodies, else it waits 1 s)
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/calls HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: " + DefaultToken.VIEWER + "\r\n"
                            + "Content-Length: 5\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertEquals("HTTP/1.1 100 Continue", readUntil(in, "\r\n\r\n").strip());
            out.write("first".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntil(in, "}");
            assertTrue(answer.startsWith("HTTP/1.1 200 OK"), answer);
            assertTrue(answer.contains("{\"firstBytes\":\"first\"}"), answer);
        }
    }

    /** What the gateway answers {@code request} on one connection, read until it closes it. */
    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aBodyWhoseEndTwoReadersCouldPutInTwoPlacesIsRefusedAndItsConnectionClosed() throws IOException {
        String head = "Host: localhost\r\nAuthorization: " + DefaultToken.VIEWER + "\r\n";
        String smuggled = "GET /api/v1/projects/102 HTTP/1.1\r\n" + head + "\r\n";
        // before: "no body", and the bytes after the head were served as a second request
        double servedBefore = servedUnderProjectIds();
        for (String coding : List.of("xchunked", "identity", "", "chunked;x=1")) {
            String answer = rawExchange("GET /api/v1/projects/101 HTTP/1.1\r\n" + head + "Transfer-Encoding: " + coding
                    + "\r\n\r\n" + smuggled);
            assertTrue(answer.startsWith("HTTP/1.1 400"), coding + ": " + answer);
            assertEquals(answer.indexOf("HTTP/1.1"), answer.lastIndexOf("HTTP/1.1"), coding + ": " + answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
        // chunked before another coding is refused by the HTTP layer itself (a 400 without a body), before any filter
        String notLast = rawExchange("GET /api/v1/projects/refused-by-the-http-layer HTTP/1.1\r\n" + head
                + "Transfer-Encoding: chunked, gzip\r\n\r\n" + smuggled);
        assertTrue(notLast.startsWith("HTTP/1.1 400"), notLast);
        assertEquals(notLast.indexOf("HTTP/1.1"), notLast.lastIndexOf("HTTP/1.1"), notLast);
        String gzip = rawExchange("POST /api/v1/calls HTTP/1.1\r\n" + head
                + "Content-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" + smuggled);
        assertTrue(gzip.startsWith("HTTP/1.1 501"), gzip);
        assertEquals(gzip.indexOf("HTTP/1.1"), gzip.lastIndexOf("HTTP/1.1"), gzip);
        String http10 = rawExchange("POST /api/v1/calls HTTP/1.0\r\n" + head
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        assertTrue(http10.startsWith("HTTP/1.0 400") || http10.startsWith("HTTP/1.1 400"), http10);
        // the smuggled requests were dropped unanswered, never served (a pipelined request read before the close
        // would otherwise have been routed, and only its answer lost)
        assertEquals(servedBefore, servedUnderProjectIds());
        // chunked alone, in any case, is the body's framing and goes through
        String chunked = rawExchange("POST /api/v1/calls HTTP/1.1\r\n" + head
                + "Content-Type: application/json\r\nConnection: close\r\nTransfer-Encoding: Chunked\r\n\r\n"
                + "5\r\nfirst\r\n0\r\n\r\n");
        assertTrue(chunked.startsWith("HTTP/1.1 200"), chunked);
    }

    /** How many requests under a project id the gateway has answered 200 (its metrics). */
    private static double servedUnderProjectIds() {
        String metrics = Management.given().get("/q/metrics").then().extract().asString();
        java.util.regex.Matcher served = java.util.regex.Pattern.compile(
                        "http_server_requests_seconds_count\\{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                                + "uri=\"/api/v1/projects/\\{path}\",?} ([0-9.E]+)")
                .matcher(metrics);
        return served.find() ? Double.parseDouble(served.group(1)) : 0;
    }

    @Test
    void anExpectationOrATargetTheGatewayDoesNotTakeIsRefused() throws IOException {
        String head = " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + DefaultToken.VIEWER + "\r\n";
        assertTrue(rawExchange("GET /api/v1/projects/101" + head + "Expect: 200-ok\r\n\r\n")
                .startsWith("HTTP/1.1 417"));
        assertTrue(rawExchange("GET ftp://localhost/api/v1/projects/101" + head + "\r\n")
                .startsWith("HTTP/1.1 400"));
        assertTrue(rawExchange("GET /api/v1/projects/101#x" + head + "\r\n").startsWith("HTTP/1.1 400"));
        // what is taken still is
        assertTrue(rawExchange("GET http://localhost/api/v1/projects/101" + head + "Connection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200"));
        // and a target no route has names no series of its own
        String notAPath = rawExchange("GET http:/series-probe-1" + head + "Connection: close\r\n\r\n");
        assertTrue(notAPath.startsWith("HTTP/1.1 400"), notAPath);
        assertTrue(notAPath.contains("application/problem+json"), notAPath);
        String metrics = Management.given().get("/q/metrics").then().extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("series-probe"), metrics);
    }

    /** What {@code in} sends up to and including {@code end}; fails if it ends first. */
    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder read = new StringBuilder();
        while (!read.toString().endsWith(end)) {
            int c = in.read();
            assertTrue(c >= 0, "the answer ended early: " + read);
            read.append((char) c);
        }
        return read.toString();
    }

    @Test
    void aLongAnswerStreamsToTheCallerAsItComes() throws Exception {
        // 200 KB at once, then 10 bytes 3 s later: the first 200 KB reach the caller long before the end
        long started = System.nanoTime();
        HttpResponse<InputStream> response = streamed("/api/v1/applications");
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            byte[] first = body.readNBytes(200_000);
            long firstMillis = (System.nanoTime() - started) / 1_000_000L;
            byte[] rest = body.readAllBytes();
            long allMillis = (System.nanoTime() - started) / 1_000_000L;
            assertEquals(200_000, first.length);
            assertEquals("0123456789", new String(rest, StandardCharsets.US_ASCII));
            assertTrue(firstMillis < 2000, "the first 200 KB took " + firstMillis + " ms: the gateway held the answer");
            assertTrue(allMillis >= 2900, "the whole answer took only " + allMillis + " ms");
        }
    }

    @Test
    void aLongAnswerThatStallsAfterItStartedIsCutWithinTheTimeout() throws Exception {
        // partnership-service (500 ms) sends 100 KB, beyond what the gateway holds, then stalls: the caller has the
        // status already, so the gateway cuts the connection; the body is visibly incomplete, never a short "whole" one
        long started = System.nanoTime();
        HttpResponse<InputStream> response = streamed("/api/v1/dispatches");
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            assertThrows(IOException.class, body::readAllBytes);
        }
        long millis = (System.nanoTime() - started) / 1_000_000L;
        assertTrue(millis < 2500, "cut after " + millis + " ms");
    }

    /** A GET whose body is read as it arrives. */
    private static HttpResponse<InputStream> streamed(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                                .header("Authorization", DefaultToken.VIEWER)
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void auditTrailsAreRoutedByTheirSecondSegment() {
        given().get("/api/v1/audit/projects?actor=someone")
                .then()
                .statusCode(200)
                .body("path", equalTo("/api/v1/audit/projects"))
                .body("query", equalTo("actor=someone"));
        given().get("/api/v1/audit/funding").then().statusCode(503).body("dependency", equalTo("funding-service"));
        given().get("/api/v1/audit").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/audit/nobody").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void corsAdmitsTheConfiguredFrontendOriginOnly() {
        given().header("Origin", "https://frontend.test.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,idempotency-key,content-type")
                .options("/api/v1/projects")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://frontend.test.example")
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        given().header("Origin", "https://frontend.test.example")
                .get("/api/v1/projects/1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://frontend.test.example")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        // another origin is refused with a problem that says why (Quarkus' CORS filter ended it with an empty 403),
        // its preflight and its requests alike, before the token is looked at, and without CORS headers
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/projects")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/origin-not-allowed"))
                .body("detail", containsString("CORS_ORIGINS"))
                .header("X-Request-ID", org.hamcrest.Matchers.notNullValue())
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
        given().header("Origin", "https://evil.example")
                .header("Authorization", "Bearer not-a-token")
                .get("/api/v1/projects/1")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/origin-not-allowed"));
        given().header("Origin", "null")
                .get("/q/openapi")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("Origin", "https://evil.example")
                .get("/common-grants/opportunities")
                .then()
                .statusCode(403)
                .contentType(ContentType.JSON)
                .body("status", equalTo(403))
                .body("errors[0].type", endsWith("/origin-not-allowed"));
        // the gateway's own origin (Swagger UI served by it) is admitted as before, with default ports counted
        given().header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .get("/api/v1/projects/1")
                .then()
                .statusCode(200);
    }

    @Test
    void aDownServicesCircuitOpensWhileOtherRoutesKeepWorking() {
        boolean open = false;
        for (int i = 0; i < 8 && !open; i++) {
            String detail = given().get("/api/v1/disbursements")
                    .then()
                    .statusCode(503)
                    .body("dependency", equalTo("funding-service"))
                    .extract()
                    .path("detail");
            open = detail.contains("circuit open");
        }
        org.junit.jupiter.api.Assertions.assertTrue(open, "funding-service's circuit should open");
        given().get("/api/v1/projects/1").then().statusCode(200);
        String metrics = Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replace(",}", "}");
        org.junit.jupiter.api.Assertions.assertTrue(
                metrics.contains("kus_gateway_circuit_open{service=\"funding-service\"} 1.0"), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(
                metrics.contains("kus_gateway_circuit_open{service=\"projects-service\"} 0.0"), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds_count"));
    }

    @Test
    void metricsNameTheResourceNotEveryIdUnderIt() {
        given().get("/api/v1/projects/101").then().statusCode(200);
        given().get("/api/v1/projects/102/reports").then().statusCode(200);
        given().get("/api/v1/projects?status=ACTIVE").then().statusCode(200);
        String metrics = Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("uri=\"/api/v1/projects/{path}\""), metrics);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("uri=\"/api/v1/projects\""), metrics);
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("/api/v1/projects/101"), metrics);
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("/api/v1/projects/102"), metrics);
    }

    @Test
    void operationsEndpointsAnswerOnlyOnTheManagementPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            given().get(path).then().statusCode(404);
        }
        Management.given().get("/q/metrics").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void oneServiceDownLeavesTheGatewayReadyAndSaysWhichLivenessIgnoresThem() {
        Management.given()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("services")));
        Management.given()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(
                        "checks.find { it.name == 'services' }.data.'funding-service'",
                        equalTo("DOWN (cannot be reached)"))
                .body("checks.find { it.name == 'services' }.data.'projects-service'", equalTo("UP"));
    }
}
