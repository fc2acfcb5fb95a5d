package kr.go.msit.standards.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.net.HostAndPort;
import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void theGatewaysOwnOriginIsItsSchemeHostAndPortWithDefaultPortsCounted() {
        HostAndPort plain = HostAndPort.create("gateway.example", -1);
        assertTrue(Origins.sameOrigin("https", plain, "https://gateway.example"));
        assertTrue(Origins.sameOrigin("https", plain, "https://GATEWAY.example:443"));
        assertTrue(Origins.sameOrigin("https", HostAndPort.create("gateway.example", 443), "https://gateway.example"));
        assertTrue(Origins.sameOrigin("http", HostAndPort.create("localhost", 8080), "http://localhost:8080"));

        assertFalse(Origins.sameOrigin("https", plain, "http://gateway.example"), "another scheme");
        assertFalse(Origins.sameOrigin("https", plain, "https://gateway.example:8443"), "another port");
        assertFalse(Origins.sameOrigin("https", plain, "https://gateway.example.evil"), "another host");
        assertFalse(Origins.sameOrigin("https", plain, "https://gateway.example/path"), "an origin has no path");
        assertFalse(Origins.sameOrigin("https", plain, "https://user@gateway.example"), "nor user information");
        assertFalse(Origins.sameOrigin("https", plain, "null"), "an opaque origin");
        assertFalse(Origins.sameOrigin("https", plain, "https://gateway example"), "not a URI");
        assertFalse(Origins.sameOrigin("https", null, "https://gateway.example"), "a request naming no host");
    }
}
