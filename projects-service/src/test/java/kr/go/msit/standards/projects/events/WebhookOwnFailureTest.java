package kr.go.msit.standards.projects.events;

import static kr.go.msit.standards.projects.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.persistence.webhooks.DeliveryWorker;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import org.junit.jupiter.api.Test;

/**
 * A delivery that fails on our side, not the subscriber's: here a stored secret that no longer opens (what a changed
 * {@code WEBHOOK_SECRET_KEY} does). It was logged and given back as due at once, so it failed again every second, for
 * good, and the subscription still looked healthy to its owner. It counts as a failed delivery now: backed off, then
 * paused with a reason. (Not under {@code NothingLoggedAtError}: such a failure is rightly an ERROR.)
 */
@QuarkusTest
@ProjectsTest
class WebhookOwnFailureTest {

    private static final String WEBHOOKS = "/api/v1/webhooks/projects";

    @Inject
    DeliveryWorker worker;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSubscriptionWhoseSecretNoLongerOpensIsPausedWithAReason() throws Exception {
        // never called: the failure comes before the POST
        String id = json().body(Map.of(
                        "targetUrl",
                        "http://127.0.0.1:9/own-failure",
                        "types",
                        List.of("kr.go.msit.kus.project.suspended")))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement unreadable = connection.prepareStatement(
                            "UPDATE webhook_subscription SET secret = decode(repeat('ab', 40), 'hex') WHERE id = ?::uuid")) {
                unreadable.setString(1, id);
                unreadable.executeUpdate();
            }
            json().body(Map.of("reason", "own failure test"))
                    .post("/api/v1/projects/" + Fixtures.importProject("ACTIVE") + "/suspend")
                    .then()
                    .statusCode(200);
            long deadline = System.nanoTime() + 20_000_000_000L;
            JsonPath subscription = json().get(WEBHOOKS + "/" + id).jsonPath();
            while (!"PAUSED".equals(subscription.getString("status"))) {
                assertTrue(System.nanoTime() < deadline, "not paused: " + subscription.prettify());
                worker.deliverDue();
                Thread.sleep(100);
                subscription = json().get(WEBHOOKS + "/" + id).jsonPath();
            }
            assertTrue(subscription.getString("statusReason").contains("could not deliver"), subscription.prettify());
        } finally {
            json().delete(WEBHOOKS + "/" + id);
        }
    }
}
