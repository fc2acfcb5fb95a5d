package kr.go.msit.standards.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.resteasy.reactive.server.mapping.URITemplate;
import org.junit.jupiter.api.Test;

/** How an operation's whole path is matched: RESTEasy's templates, with or without the trailing slash. */
class RouteTableTest {

    private static RouteTable.Route route(String classPath, String methodPath) {
        return RouteTable.Route.of(null, "GET", new URITemplate(classPath, true), new URITemplate(methodPath, false));
    }

    @Test
    void aParameterIsOneSegmentAndATrailingSlashIsTheSamePath() {
        RouteTable.Route byId = route("/api/v1/projects", "/{id}");
        assertTrue(byId.matches("/api/v1/projects/abc"));
        assertTrue(byId.matches("/api/v1/projects/abc/"));
        assertFalse(byId.matches("/api/v1/projects"));
        assertFalse(byId.matches("/api/v1/projects/abc/history"));
        assertEquals("/api/v1/projects/x", byId.sample());
        assertEquals(1, byId.parameters());
    }

    @Test
    void aMethodWithoutAPathIsTheClasssPath() {
        RouteTable.Route list = route("/api/v1/projects", "/");
        assertTrue(list.matches("/api/v1/projects"));
        assertTrue(list.matches("/api/v1/projects/"));
        assertFalse(list.matches("/api/v1/projects/abc"));
        assertEquals(0, list.parameters());
        assertEquals("/api/v1/projects".length(), list.literals());
    }

    @Test
    void aCustomRegexKeepsItsShapeWithoutAnchorsOrGroupNamesThatWouldClash() {
        RouteTable.Route year = route("/api/v1/{year: \\d{4}}", "/lines/{year: \\d{4}}");
        assertTrue(year.matches("/api/v1/2026/lines/2027"));
        assertTrue(year.matches("/api/v1/2026/lines/2027/"));
        assertFalse(year.matches("/api/v1/26/lines/2027"));
        assertEquals(2, year.customParameters());
    }
}
