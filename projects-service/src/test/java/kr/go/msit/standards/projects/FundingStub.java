package kr.go.msit.standards.projects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for funding-service's {@code GET /api/v1/allocations?projectId=}: a WireMock server on which no project
 * has an allocation unless a test declares one ({@code FundingStub.allocation(project, false)}).
 */
public class FundingStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    /** funding-service holds an allocation of the project, settled or not; answers its id. */
    public static String allocation(String projectId, boolean settled) {
        String id = UUID.randomUUID().toString();
        server.stubFor(asked(projectId)
                .willReturn(okJson("{\"items\":[{\"id\":\"" + id + "\",\"projectId\":\"" + projectId
                        + "\",\"settledAt\":" + (settled ? "\"2026-01-05T01:00:00Z\"" : "null")
                        + "}],\"page\":0,\"size\":1,\"total\":1}")));
        return id;
    }

    /** funding-service fails when asked about the project. */
    public static void failing(String projectId) {
        server.stubFor(asked(projectId)
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":500}")));
    }

    private static MappingBuilder asked(String projectId) {
        return get(urlPathEqualTo("/api/v1/allocations"))
                .withQueryParam("projectId", equalTo(projectId))
                .atPriority(1);
    }

    @Override
    public Map<String, String> start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        // no test declared an allocation: funding-service has allocated the project nothing
        server.stubFor(get(urlPathEqualTo("/api/v1/allocations"))
                .atPriority(10)
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":1,\"total\":0}")));
        return Map.of("quarkus.rest-client.funding.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
