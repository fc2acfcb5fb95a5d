package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.NothingLoggedAtError;
import kr.go.msit.standards.testsupport.RawHttp2;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP/2 needs neither {@code Content-Length} nor chunks for a body. The proxy took such a request as bodiless: the
 * body was dropped and the service answered as if none had been sent (a suspension's reason lost: 422
 * {@code reason-required} through the gateway, 200 at the service). Frames written by hand: clients send a length,
 * wait for no 100 and reset no stream halfway.
 */
@QuarkusTest
@ExtendWith(NothingLoggedAtError.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(WireMockServices.class)
class Http2BodiesTest {

    @TestHTTPResource("/")
    URI gateway;

    private Map<String, String> headers(String method, String path) {
        return RawHttp2.headers(gateway, method, path, TestTokens.role("program-manager"));
    }

    @Test
    void aBodyWithoutALengthReachesTheServiceAndARequestWithoutOneSendsNone() throws Exception {
        answersJson(post(urlPathEqualTo("/api/v1/projects/h2-body/suspend")), "{\"suspended\":true}");
        answersJson(get(urlPathEqualTo("/api/v1/projects/h2-none")), "{\"read\":true}");
        Map<String, String> post = headers("POST", "/api/v1/projects/h2-body/suspend");
        post.put("content-type", "application/json");
        String answer =
                RawHttp2.exchange(gateway, post, "{\"reason\":\"audit finding\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(answer.contains("\"suspended\":true"), answer);
        WireMockServices.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/projects/h2-body/suspend"))
                .withRequestBody(equalToJson("{\"reason\":\"audit finding\"}")));
        String read = RawHttp2.exchange(gateway, headers("GET", "/api/v1/projects/h2-none"), null);
        assertTrue(read.contains("\"read\":true"), read);
        WireMockServices.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/projects/h2-none"))
                .withHeader("Transfer-Encoding", absent())
                .withHeader("Content-Length", absent().or(equalTo("0"))));
    }

    /**
     * A caller that expects 100-continue sends nothing until it has the 100. The proxy, waiting for the first DATA
     * to learn whether a body comes, never sent it, and both waited until the idle timeout (curl does not wait).
     */
    @Test
    void aCallerThatExpects100ContinueGetsItBeforeItSendsItsBody() throws Exception {
        answersJson(post(urlPathEqualTo("/api/v1/projects/h2-continue/suspend")), "{\"suspended\":true}");
        Map<String, String> post = headers("POST", "/api/v1/projects/h2-continue/suspend");
        post.put("content-type", "application/json");
        post.put("expect", "100-continue");
        try (RawHttp2.Connection connection = RawHttp2.Connection.open(gateway)) {
            connection.headers(1, post, false);
            RawHttp2.Frame interim = firstOnStream(connection, 1);
            assertEquals(RawHttp2.HEADERS, interim.type());
            assertFalse(interim.endsStream());
            // HPACK sends a value this short as a literal: the interim status is ":status: 100"
            assertTrue(new String(interim.payload(), StandardCharsets.ISO_8859_1).contains("100"));
            connection.data(1, "{\"reason\":\"after the 100\"}".getBytes(StandardCharsets.UTF_8), true);
            String answer = connection.answer(1);
            assertTrue(answer.contains("\"suspended\":true"), answer);
        }
        WireMockServices.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/projects/h2-continue/suspend"))
                .withRequestBody(equalToJson("{\"reason\":\"after the 100\"}")));
    }

    /**
     * A caller may ask for 100-continue and end its stream with its HEADERS: it has no body. It got a 100 anyway, and
     * the service an empty chunked body; the service now gets a bodiless request, and the caller its answer alone.
     */
    @Test
    void aCallerThatExpects100ContinueButEndsItsStreamWithItsHeadersHasNoBody() throws Exception {
        answersJson(post(urlPathEqualTo("/api/v1/projects/h2-continue-none/suspend")), "{\"suspended\":true}");
        Map<String, String> post = headers("POST", "/api/v1/projects/h2-continue-none/suspend");
        post.put("expect", "100-continue");
        try (RawHttp2.Connection connection = RawHttp2.Connection.open(gateway)) {
            connection.headers(1, post, true);
            RawHttp2.Frame first = firstOnStream(connection, 1);
            assertEquals(RawHttp2.HEADERS, first.type());
            // the final answer's headers (HPACK sends values this short as literals), not an interim 100's
            assertTrue(
                    new String(first.payload(), StandardCharsets.ISO_8859_1).contains("application/json"),
                    "no interim 100 for a request without a body");
        }
        WireMockServices.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/projects/h2-continue-none/suspend"))
                .withHeader("Transfer-Encoding", absent()));
    }

    /**
     * A caller that resets its stream after the first piece of its body: draining that stream threw, which skipped
     * the reset of the service's request, so the service waited for the rest of the body and the gateway's connection
     * to it stayed taken for good (a probe's 120 cancels took every connection to projects-service), each cancel
     * logging an ERROR. The same connection then carries a request as usual.
     */
    @Test
    void uploadsTheCallerCancelsHoldNothingAndLogNoError() throws Exception {
        WireMockServices.server.stubFor(post(urlPathEqualTo("/api/v1/projects/h2-cancel/suspend"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));
        answersJson(get(urlPathEqualTo("/api/v1/projects/h2-after-cancel")), "{\"read\":true}");
        Map<String, String> post = headers("POST", "/api/v1/projects/h2-cancel/suspend");
        post.put("content-type", "application/json");
        try (RawHttp2.Connection connection = RawHttp2.Connection.open(gateway)) {
            int stream = 1;
            for (; stream < 40; stream += 2) {
                connection.headers(stream, post, false);
                connection.data(stream, "{\"reason\":".getBytes(StandardCharsets.UTF_8), false);
                // long enough for the proxy to have reached the service with that first piece
                Thread.sleep(50);
                connection.reset(stream);
            }
            connection.headers(stream, headers("GET", "/api/v1/projects/h2-after-cancel"), true);
            String read = connection.answer(stream);
            assertTrue(read.contains("\"read\":true"), read);
        }
        // no cancelled body reached the service as a whole request
        WireMockServices.server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/projects/h2-cancel/suspend")));
    }

    @Test
    void aTransferEncodingOverHttp2MakesTheRequestMalformed() throws Exception {
        // RFC 9113 §8.2.2: HTTP/2 frames the body itself. The HTTP layer resets such a stream; were it ever to pass,
        // the framing filter answers 400: a service behind an HTTP/1.1 hop must never read the header as framing
        answersJson(get(urlPathEqualTo("/api/v1/projects/h2-te")), "{\"served\":true}");
        Map<String, String> get = headers("GET", "/api/v1/projects/h2-te");
        get.put("transfer-encoding", "chunked");
        String answer = RawHttp2.exchange(gateway, get, null);
        assertTrue(answer.isEmpty() || answer.contains("\"status\":400"), answer);
        WireMockServices.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/projects/h2-te")));
    }

    private static void answersJson(MappingBuilder request, String json) {
        WireMockServices.server.stubFor(request.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(json)));
    }

    private static RawHttp2.Frame firstOnStream(RawHttp2.Connection connection, int stream) throws Exception {
        for (RawHttp2.Frame frame = connection.next(); frame != null; frame = connection.next()) {
            if (frame.stream() == stream) {
                return frame;
            }
        }
        throw new AssertionError("the connection closed before anything came on stream " + stream);
    }
}
