package kr.go.msit.standards.funding.disbursement;

import static kr.go.msit.standards.funding.Money.maker;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** projects-service not listening at all: allocating is refused with 503 naming it, never let through. */
@QuarkusTest
@TestProfile(ProjectsUnreachableTest.Unreachable.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
@WithTestResource(JwtTestResource.class)
class ProjectsUnreachableTest {

    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of("quarkus.rest-client.projects.url", "http://127.0.0.1:" + socket.getLocalPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void allocatingWhileProjectsServiceIsDownIs503() {
        maker().body(Map.of("projectId", UUID.randomUUID().toString(), "totalKrw", 1L))
                .post("/api/v1/allocations")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("dependency", equalTo("projects-service"))
                .body("detail", containsString("cannot be reached"));
    }
}
