package kr.go.msit.standards.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import kr.go.msit.standards.testsupport.JwtTestResource;
import org.junit.jupiter.api.Test;

/**
 * The composed views and the proxy share one circuit per service: the views' failures count towards opening it, and
 * once it is open a view does not wait for that service's parts (an application of its own, so no other test's
 * circuits are touched).
 */
@QuarkusTest
@TestProfile(ViewsCircuitTest.OwnServices.class)
class ViewsCircuitTest extends WithDefaultToken {

    public static class OwnServices implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockServices.class), new TestResourceEntry(JwtTestResource.class));
        }
    }

    @Test
    void aViewsFailuresOpenTheServicesCircuitAndThenItsPartsAreNotWaitedFor() {
        WireMockServices.server.stubFor(get(anyUrl())
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"total\":0}")));
        // funding-service sends its headers and then stalls past its 400 ms timeout
        WireMockServices.server.stubFor(get(urlPathEqualTo("/api/v1/budgets"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[]}")
                        .withChunkedDribbleDelay(5, 3000)));
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/dashboard")
                    .then()
                    .statusCode(200)
                    .body("programs", equalTo(null))
                    .body("degraded[0].dependency", equalTo("funding-service"));
        }
        long started = System.nanoTime();
        given().get("/api/v1/dashboard")
                .then()
                .statusCode(200)
                .body("programs", equalTo(null))
                .body("degraded[0].reason", containsString("circuit open"));
        assertTrue(System.nanoTime() - started < 300_000_000L, "the open circuit is not waited for");
        // the proxy sees the same circuit
        given().get("/api/v1/disbursements").then().statusCode(503).body("detail", containsString("circuit open"));
    }
}
