package kr.go.msit.standards.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import kr.go.msit.standards.testsupport.ProjectsStub;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, a call to projects-service continues the caller's trace from this service's own span: same
 * trace id, a new parent span id. (With tracing off the caller's traceparent passes unchanged: TracingOffTest.)
 */
@QuarkusTest
@FundingTest
@TestProfile(TracingTest.On.class)
class TracingTest {

    static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    static final String CALLER_SPAN = "b7ad6b7169203331";

    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // spans are made and propagated; the exporter points at a port where nothing listens
            return Map.of(
                    "quarkus.otel.sdk.disabled",
                    "false",
                    "quarkus.otel.exporter.otlp.traces.endpoint",
                    "http://127.0.0.1:9");
        }
    }

    @Test
    void theCallToProjectsServiceCarriesTheTraceWithThisServicesSpan() {
        String project = ProjectsStub.activeProject();
        Money.maker()
                .header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                .body(Map.of("projectId", project, "totalKrw", 1_000_000L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201);
        String sent = ProjectsStub.lastHeader(project, "traceparent");
        String[] parts = sent.split("-");
        assertEquals(4, parts.length, sent);
        assertEquals(TRACE, parts[1], "the trace continues");
        assertNotEquals(CALLER_SPAN, parts[2], "the parent is this service's span, not the caller's");
        assertTrue(parts[2].matches("[0-9a-f]{16}"), sent);
    }
}
