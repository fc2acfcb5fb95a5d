package kr.go.msit.standards.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routing table's lookups, which scan the path by hand (they run on every proxied request). */
class RoutesTest {

    private static Routes.Target target(String name) {
        return new Routes.Target(
                name,
                URI.create("http://" + name),
                URI.create("http://" + name + "/q/health/ready"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                1,
                new Circuit(5, Duration.ofSeconds(1)));
    }

    private final Routes.Target projects = target("projects-service");
    private final Routes.Target audit = target("audit-owner");
    private final Routes routes = new Routes(Map.of("projects", projects, "audit/projects", audit));

    @Test
    void aPathIsRoutedByItsFirstTwoSegmentsWhenTheyAreRoutedElseByItsFirst() {
        assertEquals(projects, routes.forPath("/api/v1/projects").orElseThrow());
        assertEquals(projects, routes.forPath("/api/v1/projects/42/reports").orElseThrow());
        assertEquals(projects, routes.forPath("/api/v1/projects?status=ACTIVE").orElseThrow());
        assertEquals(audit, routes.forPath("/api/v1/audit/projects").orElseThrow());
        assertEquals(audit, routes.forPath("/api/v1/audit/projects/7?x=1").orElseThrow());
        assertEquals(
                new Routes.Route(projects, "/api/v1/projects/{path}"),
                routes.route("/api/v1/projects/42").orElseThrow());
        assertEquals(
                new Routes.Route(audit, "/api/v1/audit/projects"),
                routes.route("/api/v1/audit/projects?x=1").orElseThrow());
        assertTrue(routes.route("/api/v1/dossiers/1").isEmpty());
    }

    @Test
    void unknownOrPartialResourcesAreNotRouted() {
        for (String path : new String[] {
            "/api/v1/projectsx",
            "/api/v1/audit",
            "/api/v1/audit/projectsx",
            "/api/v1/",
            "/api/v1",
            "/api/v2/projects",
            "/api/v1/dossiers/1",
            "/api/v1//projects",
            "/api/v1/audit?projects"
        }) {
            assertTrue(routes.forPath(path).isEmpty(), path);
        }
    }

    @Test
    void templatesKeepTheResourceAndNeverAnId() {
        assertEquals("/api/v1/projects", routes.template("/api/v1/projects"));
        assertEquals("/api/v1/projects", routes.template("/api/v1/projects/"));
        assertEquals("/api/v1/projects", routes.template("/api/v1/projects?status=ACTIVE"));
        assertEquals("/api/v1/projects", routes.template("/api/v1/projects/?status=ACTIVE"));
        assertEquals("/api/v1/projects/{path}", routes.template("/api/v1/projects/42"));
        assertEquals("/api/v1/projects/{path}", routes.template("/api/v1/projects/42/reports?x=1"));
        assertEquals("/api/v1/projects/{path}", routes.template("/api/v1/projects//"));
        assertEquals("/api/v1/audit/projects/{path}", routes.template("/api/v1/audit/projects/9"));
        assertEquals("/api/v1/{other}", routes.template("/api/v1/dossiers/9"));
        assertEquals("/api/v1/{other}", routes.template("/health"));
    }
}
