package kr.go.msit.standards.platform.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    @Test
    void upOnlyWhenReadinessAnswers200() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/down/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertTrue(HealthProbe.isUp(base + "/q/health/ready"));
            assertFalse(HealthProbe.isUp(base + "/down/q/health/ready"));
            assertFalse(HealthProbe.isUp(base + "/nothing-here"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void nothingListeningOrANonsenseUrlIsDown() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertFalse(HealthProbe.isUp("http://127.0.0.1:" + closed + "/q/health/ready"));
        assertFalse(HealthProbe.isUp("not a url"));
    }

    @Test
    void theDefaultUrlIsTheManagementPortsReadiness() {
        assertEquals("http://localhost:9081/q/health/ready", HealthProbe.defaultUrl("9081"));
        assertEquals("http://localhost:9000/q/health/ready", HealthProbe.defaultUrl(null));
    }
}
