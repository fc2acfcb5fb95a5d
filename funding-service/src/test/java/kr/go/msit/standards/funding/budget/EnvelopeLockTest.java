package kr.go.msit.standards.funding.budget;

import static kr.go.msit.standards.funding.Money.maker;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kr.go.msit.standards.funding.FundingTest;
import kr.go.msit.standards.funding.Money;
import kr.go.msit.standards.testsupport.ProjectsStub;
import org.junit.jupiter.api.Test;

/**
 * A change that waits for the envelope's lock checks what the envelope holds once it has the lock. PostgreSQL
 * re-reads only the locked row of the statement that waited, not the appropriations read with it, so budget lines
 * set while an appropriation was being lowered were checked against the appropriation from before: a year's lines
 * went to 2.76 times its appropriation under concurrent requests.
 */
@QuarkusTest
@FundingTest
class EnvelopeLockTest {

    private static final int YEAR = 2029;

    @Inject
    EntityManager em;

    @Test
    void linesThatWaitedForTheEnvelopeAreCheckedAgainstTheAppropriationSetMeanwhile() throws Exception {
        Money.appropriateEveryYear();
        String allocation = Money.allocation(ProjectsStub.activeProject(), 1_000_000L);
        long planned = plannedIn(YEAR);
        CountDownLatch held = new CountDownLatch(1);
        // another transaction holds the envelope's lock while it lowers the year's appropriation to what is planned
        CompletableFuture<Void> lowering = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    em.find(BudgetEnvelope.class, UUID.fromString(Money.ENVELOPE), LockModeType.PESSIMISTIC_WRITE);
                    appropriate(planned);
                    held.countDown();
                    sleep(1500);
                }));
        try {
            held.await(10, TimeUnit.SECONDS);
            // waits for that lock: then the year has nothing left for a line
            maker().body(Map.of("lines", List.of(Map.of("fiscalYear", YEAR, "amountKrw", 1_000_000L))))
                    .put("/api/v1/allocations/" + allocation + "/lines")
                    .then()
                    .statusCode(422)
                    .body("rule", equalTo("appropriation-exceeded"));
        } finally {
            lowering.get(10, TimeUnit.SECONDS);
            QuarkusTransaction.requiringNew().run(() -> appropriate(7_500_000_000L));
        }
    }

    private void appropriate(long amountKrw) {
        em.createNativeQuery("UPDATE appropriation SET amount_krw = :amount WHERE envelope_id = :envelope"
                        + " AND fiscal_year = :year")
                .setParameter("amount", amountKrw)
                .setParameter("envelope", UUID.fromString(Money.ENVELOPE))
                .setParameter("year", YEAR)
                .executeUpdate();
    }

    private static long plannedIn(int year) {
        List<Map<String, Object>> years = maker().get("/api/v1/budgets/" + Money.ENVELOPE)
                .then()
                .extract()
                .path("years");
        return years.stream()
                .filter(y -> ((Number) y.get("fiscalYear")).intValue() == year)
                .mapToLong(y -> ((Number) y.get("plannedKrw")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
