package kr.go.msit.standards.funding;

import static kr.go.msit.standards.funding.Money.maker;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kr.go.msit.standards.testsupport.DatabaseLocks;
import kr.go.msit.standards.testsupport.NothingLoggedAtError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database under strain, not the request wrong: a request that finds no pooled connection free within the pool's
 * acquisition timeout is 503 naming the database, with Retry-After; a statement the database cancels for taking too
 * long is 504 naming it; never a 500, and nothing is logged at ERROR. The test makes requests wait by locking the
 * table they read; the pool has two connections and statements a 3 s timeout.
 */
@QuarkusTest
@FundingTest
@TestProfile(DatabaseStrainTest.SmallPoolShortStatements.class)
@ExtendWith(NothingLoggedAtError.class)
class DatabaseStrainTest {

    public static class SmallPoolShortStatements implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.max-size",
                    "2", // Flyway needs two at start
                    "quarkus.datasource.jdbc.acquisition-timeout",
                    "PT0.5S",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.options",
                    "-c statement_timeout=3s -c idle_in_transaction_session_timeout=60s -c transaction_timeout=120s");
        }
    }

    private static final String LIST = "/api/v1/budgets";

    @BeforeEach
    void warm() {
        // the first requests of a fresh start are slow; the waits below are about the database, not about that
        maker().get(LIST).then().statusCode(200);
    }

    @Test
    void aRequestThatFindsNoConnectionFreeIsA503ToRetryNotA500() throws Exception {
        try (Connection lock = lockedTable()) {
            // two requests take the pool's two connections and wait for the lock with them
            List<CompletableFuture<Integer>> waiting = List.of(
                    CompletableFuture.supplyAsync(() -> maker().get(LIST).statusCode()),
                    CompletableFuture.supplyAsync(() -> maker().get(LIST).statusCode()));
            DatabaseLocks.awaitWaiting(lock, "funding", 2);

            maker().get(LIST)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("dependency", equalTo("database"));

            lock.rollback();
            for (CompletableFuture<Integer> request : waiting) {
                int status = request.get(20, TimeUnit.SECONDS);
                // served once the lock is gone, or refused alike if the wait outlasted a timeout on a slow machine
                assertTrue(Set.of(200, 503, 504).contains(status), "a waiting request answered " + status);
            }
        }
    }

    @Test
    void aStatementTheDatabaseCancelsForTakingTooLongIsA504NotA500() throws Exception {
        try (Connection lock = lockedTable()) {
            maker().get(LIST)
                    .then()
                    .statusCode(504)
                    .contentType("application/problem+json")
                    .body("dependency", equalTo("database"));
            lock.rollback();
        }
        maker().get(LIST).then().statusCode(200);
    }

    /** A connection of the test's own holding an exclusive lock on the budgets' table until it rolls back. */
    private static Connection lockedTable() throws Exception {
        Connection lock = DatabaseLocks.connect("funding");
        try (Statement statement = lock.createStatement()) {
            statement.execute("LOCK TABLE budget_envelope IN ACCESS EXCLUSIVE MODE");
        }
        return lock;
    }
}
