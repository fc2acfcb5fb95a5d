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
        assertTrue(Origins.sameOrigin("https", plain, "https://gateway.example:443"));
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

    @Test
    void aWildcardAdmitsEveryOriginOnlyAlone() {
        HostAndPort gateway = HostAndPort.create("gateway.example", -1);
        Origins any = new Origins(true, java.util.Optional.of(java.util.List.of("*")), null);
        assertTrue(any.admits("https", gateway, "https://anyone.example"));
        Origins listed = new Origins(
                true,
                java.util.Optional.of(java.util.List.of("*", "https://app.example", "/https://.*\\.test/")),
                null);
        assertTrue(listed.admits("https", gateway, "https://app.example"));
        assertTrue(listed.admits("https", gateway, "https://a.test"), "by a /regex/ entry");
        assertTrue(listed.admits("https", gateway, "https://gateway.example"), "its own origin");
        assertFalse(listed.admits("https", gateway, "https://anyone.example"), "* among others is no wildcard");
    }
}
