package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * Short ways to declare, inside a test, what the services answer the composed views ({@link WireMockServices}' one
 * server stands in for all three): {@code ServiceStubs.answer(get(...), 200, "{...}")}.
 */
final class ServiceStubs {

    private ServiceStubs() {}

    /** A JSON answer. */
    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** What the services answer {@code request} from now on. */
    static void answer(MappingBuilder request, ResponseDefinitionBuilder response) {
        WireMockServices.server.stubFor(request.atPriority(1).willReturn(response));
    }

    /** What a GET of {@code path} (any query) answers from now on. */
    static void answer(String path, int status, String body) {
        answer(get(urlPathEqualTo(path)), json(status, body));
    }

    /** How many requests reached the services with this Authorization header. */
    static int requestsWith(String authorization) {
        return WireMockServices.server
                .findAll(anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo(authorization)))
                .size();
    }
}
