package kr.go.msit.standards.projects;

import static kr.go.msit.standards.projects.Fixtures.json;
import static kr.go.msit.standards.projects.Fixtures.program;
import static kr.go.msit.standards.testsupport.Api.code;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A commit the database fails (its connection gone while committing) is the service's dependency down, 503 with
 * {@code dependency: database}, not a 500, on a plain {@code @Transactional} write too: there the transaction
 * manager's checked {@code RollbackException} reaches the mappers wrapped in ArC's
 * {@code ArcUndeclaredThrowableException}, which the catch-all mapper took before (PostgresRestartTest sees the
 * same through a real restart, but only where its timing lands a commit in the outage).
 */
@QuarkusTest
@ProjectsTest
class CommitFailureTest {

    /** A request with this header has every transaction it begins fail at the commit. */
    static final String FAIL_COMMIT = "X-Test-Fail-Commit";

    /**
     * Makes the transactions of a request that carries {@link #FAIL_COMMIT} fail at their commit as a lost connection
     * does; the service's own jobs and every other request commit as usual.
     */
    @ApplicationScoped
    static class FailingCommits {

        private final TransactionManager transactions;
        private final CurrentVertxRequest request;

        FailingCommits(TransactionManager transactions, CurrentVertxRequest request) {
            this.transactions = transactions;
            this.request = request;
        }

        void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) throws Exception {
            if (!Arc.container().requestContext().isActive()
                    || request.getCurrent() == null
                    || request.getCurrent().request().getHeader(FAIL_COMMIT) == null) {
                return;
            }
            transactions.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    throw new PersistenceException(
                            new SQLException("An I/O error occurred while sending to the backend.", "08006"));
                }

                @Override
                public void afterCompletion(int status) {}
            });
        }
    }

    @Test
    void aPlainTransactionalWriteWhoseCommitFailsIs503DatabaseAndChangesNothing() {
        var body = program(code("CF"), 1_000_000_000L);
        String id = json().body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        body.put("nameEn", "never committed");
        json().header(FAIL_COMMIT, "yes")
                .body(body)
                .put("/api/v1/programs/" + id)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("dependency", equalTo("database"));

        json().get("/api/v1/programs/" + id).then().statusCode(200).body("nameEn", not(equalTo("never committed")));
    }
}
