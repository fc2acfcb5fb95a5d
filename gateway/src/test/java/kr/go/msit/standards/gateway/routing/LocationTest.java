package kr.go.msit.standards.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A service's Location, as the gateway passes it on: its public address from configuration, or the path alone. */
class LocationTest {

    @Test
    void theServicesAddressBecomesThePublicOneOrNone() {
        assertEquals(
                "https://api.kus.example/api/v1/projects/1?x=1",
                ProxyHeaders.rewriteLocation(
                        "http://projects-service:8081/api/v1/projects/1?x=1", "https://api.kus.example"));
        assertEquals(
                "/api/v1/projects/1?x=1",
                ProxyHeaders.rewriteLocation("http://projects-service:8081/api/v1/projects/1?x=1", null));
        assertEquals(
                "https://api.kus.example/api/v1/projects/1",
                ProxyHeaders.rewriteLocation("/api/v1/projects/1", "https://api.kus.example"));
        assertEquals("/api/v1/projects/1", ProxyHeaders.rewriteLocation("/api/v1/projects/1", null));
    }
}
