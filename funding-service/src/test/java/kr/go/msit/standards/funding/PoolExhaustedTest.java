package kr.go.msit.standards.funding;

import static kr.go.msit.standards.funding.Money.maker;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kr.go.msit.standards.testsupport.NothingLoggedAtError;
import kr.go.msit.standards.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A burst beyond what the connection pool is sized for: a request that finds no connection free within the pool's
 * acquisition timeout is a 503 naming the database, with Retry-After, and nothing is logged at ERROR; never a 500.
 * The pool here has two connections, and the test keeps both busy by locking the table two requests read.
 */
@QuarkusTest
@FundingTest
@TestProfile(PoolExhaustedTest.OneConnection.class)
@ExtendWith(NothingLoggedAtError.class)
class PoolExhaustedTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.max-size", "2", // Flyway needs two at start
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT0.5S");
        }
    }

    @Test
    void aRequestThatFindsNoConnectionFreeIsA503ToRetryNotA500() throws Exception {
        String url = PostgresTestResource.server().getJdbcUrl("postgres", "funding");
        try (Connection lock = DriverManager.getConnection(url, "postgres", "postgres")) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE budget_envelope IN ACCESS EXCLUSIVE MODE");
            }
            // two requests take the pool's two connections and wait for the lock with them
            List<CompletableFuture<Integer>> waiting = List.of(
                    CompletableFuture.supplyAsync(
                            () -> maker().get("/api/v1/budgets").statusCode()),
                    CompletableFuture.supplyAsync(
                            () -> maker().get("/api/v1/budgets").statusCode()));
            awaitWaitingForTheLock(lock, 2);

            maker().get("/api/v1/budgets")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("dependency", equalTo("database"));

            lock.rollback();
            for (CompletableFuture<Integer> request : waiting) {
                int status = request.get(20, TimeUnit.SECONDS);
                assertTrue(Set.of(200, 503).contains(status), "a waiting request answered " + status);
            }
        }
    }

    private static void awaitWaitingForTheLock(Connection connection, int sessions) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Statement statement = connection.createStatement();
                    ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE datname = 'funding' AND wait_event_type = 'Lock'")) {
                waiting.next();
                if (waiting.getInt(1) >= sessions) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(sessions + " sessions did not come to wait for the lock within 10 s");
    }
}
