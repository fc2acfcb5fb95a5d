package kr.go.msit.standards.projects.events;

import static kr.go.msit.standards.projects.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.webhooks.SecretBox;
import kr.go.msit.standards.platform.persistence.webhooks.SecretRotation;
import kr.go.msit.standards.projects.ProjectsTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Rotating the key subscription secrets are stored under: with the old key among the previous keys, every stored
 * secret, current and previous, is sealed again under the new key, and still opens to what its owner was shown. Done
 * in a transaction that is rolled back, so that the running service keeps reading its rows under its own key.
 */
@QuarkusTest
@ProjectsTest
class WebhookKeyRotationTest {

    private static final String WEBHOOKS = "/api/v1/webhooks/projects";

    @Inject
    SecretRotation rotation;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kus.webhooks.secret-key")
    String key;

    @Test
    void everyStoredSecretIsSealedAgainUnderTheNewKey() {
        JsonPath created = json().body(Map.of(
                        "targetUrl",
                        "http://127.0.0.1:9/rotation-" + UUID.randomUUID(),
                        "types",
                        List.of("kr.go.msit.kus.project.suspended")))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String first = created.getString("secret");
        try {
            String current = json().post(WEBHOOKS + "/" + id + "/rotate-secret")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("secret");
            SecretBox newKeyOnly = new SecretBox("the next key", List.of());
            SecretBox rotating = new SecretBox("the next key", List.of(key));
            // the service's own rows are left as they were: the new key is only this test's
            QuarkusTransaction.begin();
            try {
                assertThrows(IllegalStateException.class, () -> newKeyOnly.open((byte[]) sealed(id)[0]));
                SecretRotation.Result result = rotation.reseal(rotating);
                assertEquals(0, result.unreadable());
                Object[] row = sealed(id);
                assertEquals(current, newKeyOnly.open((byte[]) row[0]));
                assertEquals(first, newKeyOnly.open((byte[]) row[1]));
                // done once: a second start with the same keys has nothing left to do
                assertEquals(new SecretRotation.Result(0, 0), rotation.reseal(rotating));
            } finally {
                QuarkusTransaction.rollback();
            }
        } finally {
            json().delete(WEBHOOKS + "/" + id).then().statusCode(204);
        }
    }

    private Object[] sealed(String id) {
        return (Object[])
                em.createNativeQuery("SELECT secret, previous_secret FROM webhook_subscription WHERE id = :id")
                        .setParameter("id", UUID.fromString(id))
                        .getSingleResult();
    }
}
