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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.RawHttp2;
import kr.go.msit.standards.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * HTTP/2 needs neither {@code Content-Length} nor chunks for a body. The proxy took such a request as bodiless: the
 * body was dropped and the service answered as if none had been sent (a suspension's reason lost: 422
 * {@code reason-required} through the gateway, 200 at the service). Frames written by hand: clients send a length.
 */
@QuarkusTest
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
        WireMockServices.server.stubFor(post(urlPathEqualTo("/api/v1/projects/h2-body/suspend"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"suspended\":true}")));
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/projects/h2-none"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"read\":true}")));
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
}
