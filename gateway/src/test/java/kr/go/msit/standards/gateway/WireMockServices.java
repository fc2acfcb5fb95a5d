package kr.go.msit.standards.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One WireMock server standing in for all three services, for tests that declare their stubs themselves (each test
 * says what the services answer). By default short timeouts and a quick circuit, so failures show within a test;
 * with the init argument {@code timeouts=views}, the timeouts the composed views' tests measure against (services
 * 10 s as configured, partnership-service 2 s) and the configured circuits.
 */
public class WireMockServices implements QuarkusTestResourceLifecycleManager {

    /** The running server, for the tests' stubs. */
    static WireMockServer server;

    private boolean views;

    @Override
    public void init(Map<String, String> initArgs) {
        views = "views".equals(initArgs.get("timeouts"));
    }

    @Override
    public Map<String, String> start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Map<String, String> config = new LinkedHashMap<>();
        for (String service : new String[] {"projects", "funding", "partnership"}) {
            config.put("gateway.services." + service + ".url", server.baseUrl());
            config.put("gateway.services." + service + ".management-url", server.baseUrl());
            if (views) {
                continue;
            }
            config.put("gateway.services." + service + ".timeout", "400ms");
            config.put("gateway.services." + service + ".circuit-failures", "5");
            config.put("gateway.services." + service + ".circuit-open-for", "30s");
        }
        if (views) {
            config.put("gateway.services.partnership.timeout", "2s");
        } else {
            config.put("gateway.body-timeout", "1s");
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
