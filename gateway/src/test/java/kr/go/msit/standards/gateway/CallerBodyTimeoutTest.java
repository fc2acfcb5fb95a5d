package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.NothingLoggedAtError;
import kr.go.msit.standards.testsupport.RawHttp2;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A caller that stops sending its body halfway: the gateway streams a body to the service as it comes, so such a
 * caller held a connection to the service until the server's idle timeout (30 min), and a few callers within their
 * concurrency limit held every connection to it. Now the next piece must come within {@code gateway.body-timeout}
 * (1 s here): then 408 problem+json, the service's request dropped, its circuit untouched. Raw sockets: clients send
 * their bodies whole.
 */
@QuarkusTest
@ExtendWith(NothingLoggedAtError.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(WireMockServices.class)
class CallerBodyTimeoutTest {

    private static final String PARTIAL = "{\"reason\":";

    @TestHTTPResource("/")
    URI gateway;

    private final String token = TestTokens.role("program-manager");

    @Test
    void aBodyThatStopsHalfwayIs408AndNeverReachesTheServiceAsARequest() throws Exception {
        WireMockServices.server.stubFor(post(urlPathMatching("/api/v1/projects/stall-.*/suspend"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/after-stalls"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"read\":true}")));
        // more stalls than the failures that open a service's circuit (5 here), all at once
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Socket socket = new Socket(gateway.getHost(), gateway.getPort());
                socket.setSoTimeout(10_000);
                send(socket, postHead("/api/v1/projects/stall-" + i + "/suspend", 40) + PARTIAL);
                stalled.add(socket);
            }
            for (Socket socket : stalled) {
                String answer = readAll(socket.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
                assertTrue(answer.toLowerCase().contains("connection: close"), answer);
                assertTrue(
                        answer.contains("\"type\":\"https://standards.msit.go.kr/problems/request-timeout\""), answer);
                assertTrue(answer.contains("\"requestId\""), answer);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        WireMockServices.server.verify(0, postRequestedFor(urlPathMatching("/api/v1/projects/stall-.*/suspend")));
        // the service was not at fault: its circuit stays closed
        Map<String, String> read = RawHttp2.headers(gateway, "GET", "/api/v1/projects/after-stalls", token);
        String answer = RawHttp2.exchange(gateway, read, null);
        assertTrue(answer.contains("\"read\":true"), answer);
    }

    @Test
    void anHttp2StreamThatNeverSaysWhetherABodyComesIs408() throws Exception {
        Map<String, String> headers = RawHttp2.headers(gateway, "POST", "/api/v1/projects/stall-h2/suspend", token);
        headers.put("content-type", "application/json");
        try (RawHttp2.Connection connection = RawHttp2.Connection.open(gateway)) {
            connection.headers(1, headers, false);
            String answer = connection.answer(1);
            assertTrue(answer.contains("\"type\":\"https://standards.msit.go.kr/problems/request-timeout\""), answer);
        }
    }

    @Test
    void aBodySentSlowlyButSteadilyGoesThrough() throws Exception {
        WireMockServices.server.stubFor(post(urlPathEqualTo("/api/v1/projects/steady/suspend"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"suspended\":true}")));
        String body = "{\"reason\":\"sent in five pieces\"}";
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            send(socket, postHead("/api/v1/projects/steady/suspend", body.length()));
            // 5 × 400 ms: the whole body takes twice the timeout, no pause reaches it
            int piece = (body.length() + 4) / 5;
            for (int start = 0; start < body.length(); start += piece) {
                Thread.sleep(400);
                send(socket, body.substring(start, Math.min(body.length(), start + piece)));
            }
            String answer = readResponse(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        }
        WireMockServices.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/projects/steady/suspend"))
                .withRequestBody(equalToJson(body)));
    }

    private String postHead(String path, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Everything until the gateway closes the connection. */
    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** One response of a connection that stays open: its head, and a body as long as its Content-Length. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen.write(b);
        }
        String head = seen.toString(StandardCharsets.ISO_8859_1);
        int length = head.toLowerCase()
                .lines()
                .filter(line -> line.startsWith("content-length:"))
                .map(line -> Integer.parseInt(
                        line.substring("content-length:".length()).strip()))
                .findFirst()
                .orElse(0);
        assertEquals(length, in.readNBytes(length).length);
        return head;
    }
}
