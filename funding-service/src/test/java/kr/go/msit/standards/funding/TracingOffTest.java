package kr.go.msit.standards.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kr.go.msit.standards.testsupport.ProjectsStub;
import org.junit.jupiter.api.Test;

/** With tracing off (the default), the caller's traceparent reaches projects-service unchanged. */
@QuarkusTest
@FundingTest
class TracingOffTest {

    @Test
    void theCallersTraceparentIsPassedOn() {
        String project = ProjectsStub.activeProject();
        String traceparent = "00-" + TracingTest.TRACE + "-" + TracingTest.CALLER_SPAN + "-01";
        Money.maker()
                .header("traceparent", traceparent)
                .body(Map.of("projectId", project, "totalKrw", 1_000_000L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201);
        assertEquals(traceparent, ProjectsStub.lastHeader(project, "traceparent"));
    }
}
