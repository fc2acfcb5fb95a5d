package kr.go.msit.standards.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import kr.go.msit.standards.gateway.StubServices;
import kr.go.msit.standards.testsupport.JwtTestResource;
import org.junit.jupiter.api.Test;

/**
 * Sloppy clients send characters a URI may not hold ({@code "}, {@code <}, {@code >}) in the request line. Netty's
 * request decoder refuses such a line before Vert.x routes it, and Vert.x answers a bare 400 and closes the
 * connection: no application code runs, so there is no problem body or request id (README, "API conventions", lists
 * these refusals of the HTTP layer). What matters here: it is a 400, never a 500, and the gateway goes on serving.
 * Raw bytes need a socket (HTTP clients encode them).
 */
@QuarkusTest
@WithTestResource(JwtTestResource.class)
@WithTestResource(StubServices.class)
class RawRequestLineTest {

    @TestHTTPResource("/")
    URL gateway;

    private String exchange(String target) throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void quotesAndAngleBracketsInTheRequestLineAreA400FromTheHttpLayerNeverA500() throws Exception {
        for (String target :
                new String[] {"/api/v1/projects/\"1\"", "/api/v1/projects/<script>", "/api/v1/projects?q=\"<>\""}) {
            String answer = exchange(target);
            assertTrue(answer.startsWith("HTTP/1.1 400"), target + ": " + answer);
        }
        // and the next well-formed request is served as usual
        assertTrue(exchange("/api/v1/projects/1").startsWith("HTTP/1.1 401"));
    }
}
