package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.RawHttp2;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What the gateway's circuit breaker counts: the service's health, never one request's fate. Each test breaks a
 * service of its own (the circuits live as long as the application), with stubs declared here.
 */
@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(WireMockServices.class)
class CircuitBreakerTest extends WithDefaultToken {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void callersThatDoNotReadAnAnswerKeepItsServiceCircuitClosed() throws Exception {
        // past the gateway's response buffer, so the answer streams and waits for the caller to take it
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/a-large-one"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[\"" + "x".repeat(300_000) + "\"]}")));
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/after-the-readers"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        // six streams on one connection that takes no byte of an answer: each waits past projects' 400 ms
        Set<Integer> cut = new HashSet<>();
        try (RawHttp2.Connection connection = RawHttp2.Connection.open(gateway)) {
            connection.initialWindow(0);
            for (int stream = 1; stream <= 11; stream += 2) {
                connection.headers(
                        stream,
                        RawHttp2.headers(
                                gateway, "GET", "/api/v1/projects/a-large-one", TestTokens.role("program-manager")),
                        true);
            }
            while (cut.size() < 6) {
                RawHttp2.Frame frame = connection.next();
                if (frame == null) {
                    break;
                }
                if (frame.type() == RawHttp2.RST_STREAM) {
                    cut.add(frame.stream());
                }
            }
        }
        assertEquals(6, cut.size(), "each stream that took nothing is cut");
        // the wait was the caller's: projects-service's circuit counted none of them, and answers everyone else
        given().get("/api/v1/projects/after-the-readers").then().statusCode(200);
    }

    @Test
    void aCallerThatReadsSlowerThanTheServiceTimeoutGetsTheWholeAnswer() throws Exception {
        String body = "{\"items\":[\"" + "y".repeat(300_000) + "\"]}";
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/read-slowly"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
        // 64 KiB every 150 ms: the whole answer takes longer than projects' 400 ms, while no wait for the caller is
        // near the 1 s body timeout; the service's clock counts the service's time only
        int read = 0;
        boolean ended = false;
        long started = System.nanoTime();
        try (RawHttp2.Connection connection = RawHttp2.Connection.open(gateway)) {
            connection.initialWindow(0);
            connection.windowUpdate(0, 10_000_000);
            connection.headers(
                    1,
                    RawHttp2.headers(
                            gateway, "GET", "/api/v1/projects/read-slowly", TestTokens.role("program-manager")),
                    true);
            int granted = 0;
            while (!ended) {
                Thread.sleep(150);
                granted += 65_536;
                connection.windowUpdate(1, 65_536);
                while (!ended && read < granted) {
                    RawHttp2.Frame frame = connection.next();
                    assertTrue(frame != null, "the connection was closed after " + read + " bytes");
                    if (frame.stream() != 1) {
                        continue;
                    }
                    assertTrue(frame.type() != RawHttp2.RST_STREAM, "the stream was cut after " + read + " bytes");
                    if (frame.type() == RawHttp2.DATA) {
                        read += frame.payload().length;
                    }
                    ended = frame.endsStream();
                }
            }
        }
        assertEquals(body.length(), read);
        assertTrue(System.nanoTime() - started > 400_000_000L, "the answer was read within the service timeout");
    }

    @Test
    void aServiceAnswering500ToOneRequestKeepsItsCircuitClosed() {
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/a-bad-one"))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", PROBLEM)
                        .withBody("{\"status\":500}")));
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/a-good-one"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        // any caller who can provoke a 500 could otherwise take projects away from everyone
        for (int i = 0; i < 8; i++) {
            given().get("/api/v1/projects/a-bad-one").then().statusCode(500);
        }
        given().get("/api/v1/projects/a-good-one").then().statusCode(200);
    }

    @Test
    void aServiceAnswering503BecauseAPeerIsDownKeepsItsCircuitClosed() {
        // projects-service refuses to check eligibility while partnership-service is down: projects is well
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/needs-a-peer"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", PROBLEM)
                        .withHeader("X-Failed-Peer", "partnership-service")
                        .withBody("{\"status\":503,\"dependency\":\"partnership-service\"}")));
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/needs-none"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        for (int i = 0; i < 8; i++) {
            given().get("/api/v1/projects/needs-a-peer")
                    .then()
                    .statusCode(503)
                    .header("X-Failed-Peer", org.hamcrest.Matchers.nullValue())
                    .body("dependency", equalTo("partnership-service"));
        }
        given().get("/api/v1/projects/needs-none").then().statusCode(200);
    }

    @Test
    void aServiceThatSendsItsHeadersThenStallsIsCutOffAfterFiveTries() {
        // headers at once, then the body dribbles for 3 s: past funding's 400 ms timeout
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/disbursements"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[]}")
                        .withChunkedDribbleDelay(5, 3000)));
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/disbursements").then().statusCode(504).body("dependency", equalTo("funding-service"));
        }
        long started = System.nanoTime();
        given().get("/api/v1/disbursements")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("circuit open"))
                .body("dependency", equalTo("funding-service"));
        assertTrue(System.nanoTime() - started < 300_000_000L, "an open circuit answers at once");
    }

    @Test
    void aServiceThatBreaksOffAfterItsHeadersIsCutOffAfterFiveTries() {
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/agreements"))
                .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        for (int i = 0; i < 5; i++) {
            Response answer = given().get("/api/v1/agreements");
            assertEquals(503, answer.statusCode(), answer.asString());
            assertTrue(answer.asString().contains("partnership-service"), answer.asString());
        }
        given().get("/api/v1/agreements").then().statusCode(503).body("detail", containsString("circuit open"));
        // another service's routes are not affected
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/still-fine"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        given().get("/api/v1/projects/still-fine").then().statusCode(200);
    }
}
