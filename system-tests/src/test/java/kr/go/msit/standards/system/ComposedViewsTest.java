package kr.go.msit.standards.system;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The gateway's composed views against the real services: complete when all three answer, and with
 * funding-service stopped, degraded in exactly its parts while its own routes answer 503 at once and projects still
 * work.
 */
class ComposedViewsTest {

    static final String KUS_2025_01 = "a0000002-0000-4000-8000-000000000001";

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void theDossierAndDashboardComeFromAllThreeServicesAndDegradeWhenOneIsDown() throws Exception {
        RunningSystem system = RunningSystem.get();
        system.as("views-pm", "program-manager")
                .get("/api/v1/dossiers/" + KUS_2025_01)
                .then()
                .statusCode(200)
                .body("project.code", equalTo("KUS-2025-01"))
                .body("reports", notNullValue())
                .body("allocation.projectCode", equalTo("KUS-2025-01"))
                .body("allocation.totalKrw", equalTo(1_250_000_000))
                .body("disbursements", notNullValue())
                .body("eligibility", notNullValue())
                .body("agreements", notNullValue())
                .body("dispatches", notNullValue())
                .body("degraded", empty());
        system.as("views-pm", "program-manager")
                .get("/api/v1/dashboard")
                .then()
                .statusCode(200)
                .body("programs[0].envelopeKrw", equalTo(37_500_000_000L))
                .body("projects.projects", greaterThanOrEqualTo(8))
                .body("activeAgreements", notNullValue())
                .body("degraded", empty());

        system.launcher.kill("funding-service");
        try {
            system.as("views-pm", "program-manager")
                    .get("/api/v1/dossiers/" + KUS_2025_01)
                    .then()
                    .statusCode(200)
                    .body("project.code", equalTo("KUS-2025-01"))
                    .body("allocation", nullValue())
                    .body("disbursements", nullValue())
                    .body("degraded.part", hasItems("allocation", "disbursements"))
                    .body("degraded.dependency", hasItems("funding-service"))
                    .body("eligibility", notNullValue());
            system.as("views-pm", "program-manager")
                    .get("/api/v1/disbursements")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("dependency", equalTo("funding-service"))
                    .time(lessThan(2000L));
            system.as("views-pm", "program-manager")
                    .get("/api/v1/projects?size=1")
                    .then()
                    .statusCode(200);
            system.as("views-pm", "program-manager")
                    .get("/api/v1/dashboard")
                    .then()
                    .statusCode(200)
                    .body("programs", nullValue())
                    .body("degraded.part", hasItems("programs"))
                    .body("projects.projects", greaterThanOrEqualTo(8));
        } finally {
            system.launcher.restart("funding-service");
        }
        system.awaitRoutable(Duration.ofSeconds(60));
    }
}
