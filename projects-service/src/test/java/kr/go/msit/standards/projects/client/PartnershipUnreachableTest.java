package kr.go.msit.standards.projects.client;

import static kr.go.msit.standards.projects.Fixtures.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.testsupport.JwtTestResource;
import kr.go.msit.standards.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * partnership-service not listening at all: submission is 503 naming it (connection refused), and after a few
 * failures the circuit breaker opens and answers at once without trying. An application of its own, so the open
 * circuit does not reach other tests.
 */
@QuarkusTest
@TestProfile(PartnershipUnreachableTest.Unreachable.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
@WithTestResource(JwtTestResource.class)
class PartnershipUnreachableTest {

    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of(
                    "quarkus.rest-client.partnership.url",
                    "http://127.0.0.1:" + port,
                    "quarkus.fault-tolerance.\"partnership-service\".circuit-breaker.request-volume-threshold",
                    "4");
        }
    }

    @Test
    void refusedConnectionsAre503AndOpenTheCircuit() {
        String call = Fixtures.openCall(5_000_000_000L, 2_000_000_000L);
        String application = json().body(Fixtures.application(call, Fixtures.KRISS, 100_000_000L))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        json().post("/api/v1/applications/" + application + "/submit")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("dependency", equalTo("partnership-service"))
                .body("detail", org.hamcrest.Matchers.containsString("cannot be reached"))
                // for the gateway: projects-service is well, its circuit there must not count this answer
                .header("X-Failed-Peer", equalTo("partnership-service"));
        boolean opened = false;
        for (int i = 0; i < 6 && !opened; i++) {
            String detail = json().post("/api/v1/applications/" + application + "/submit")
                    .then()
                    .statusCode(503)
                    .extract()
                    .path("detail");
            opened = detail.contains("circuit open");
        }
        assertTrue(opened, "the circuit breaker should open after repeated failures");
        // one circuit for partnership-service, whichever call opened it, and its state for operators
        Map<String, Double> metrics = kr.go.msit.standards.testsupport.Metrics.scrape();
        org.junit.jupiter.api.Assertions.assertEquals(
                1.0,
                kr.go.msit.standards.testsupport.Metrics.value(
                        metrics, "kus_peer_circuit_open{peer=\"partnership-service\"}"),
                kr.go.msit.standards.testsupport.Metrics.domainSeries(metrics));
        json().get("/api/v1/applications/" + application).then().body("status", equalTo("DRAFT"));
    }
}
