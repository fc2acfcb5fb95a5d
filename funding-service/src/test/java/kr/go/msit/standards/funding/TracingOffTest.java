package kr.go.msit.standards.funding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kr.go.msit.standards.testsupport.ProjectsStub;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With tracing off (the default), the caller's traceparent reaches projects-service unchanged. */
@QuarkusTest
@FundingTest
class TracingOffTest {

    @ConfigProperty(name = "quarkus.rest-client.projects.url")
    String stub;

    @Test
    void theCallersTraceparentIsPassedOn() {
        String project = ProjectsStub.newActiveProject();
        String traceparent = "00-" + TracingTest.TRACE + "-" + TracingTest.CALLER_SPAN + "-01";
        Money.maker().header("traceparent", traceparent)
                .body(Map.of("projectId", project, "totalKrw", 1_000_000L)).post("/api/v1/allocations")
                .then().statusCode(201);
        assertEquals(traceparent, given().get(stub + "/__calls?projectId=" + project).then().extract().path("traceparent"));
    }
}
