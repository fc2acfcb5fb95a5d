package kr.go.msit.standards.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * platform-persistence {@code LostRaceRetry} is bound to a service's {@code @Transactional} methods and runs outside
 * their transaction: a method that loses a race PostgreSQL detects runs again, each time in a transaction of its own,
 * three times at the most (its unit test covers the loop, not that the interceptor is applied).
 */
@QuarkusTest
@ProjectsTest
class LostRaceRetriedTest {

    /** A change that loses its first {@link #losses} runs to a serialization failure, as the order trigger raises it. */
    @ApplicationScoped
    static class Racer {

        private final TransactionSynchronizationRegistry registry;
        private final List<Object> transactions = new CopyOnWriteArrayList<>();
        private volatile int losses;

        Racer(TransactionSynchronizationRegistry registry) {
            this.registry = registry;
        }

        /** From now on, the first {@code losses} runs lose. */
        void losing(int losses) {
            transactions.clear();
            this.losses = losses;
        }

        /** The transactions the runs since {@link #losing} ran in, one entry a run. */
        List<Object> runs() {
            return List.copyOf(transactions);
        }

        @Transactional
        String change() {
            transactions.add(registry.getTransactionKey());
            if (transactions.size() <= losses) {
                throw new PersistenceException(
                        "lost", new SQLException("a later transaction already recorded a change", "40001"));
            }
            return "changed";
        }
    }

    @Inject
    Racer racer;

    @Test
    void aChangeThatLosesARaceRunsAgainInATransactionOfItsOwn() {
        racer.losing(2);
        assertEquals("changed", racer.change());
        assertEquals(3, racer.runs().size());
        assertEquals(3, new HashSet<>(racer.runs()).size(), "each run in a new transaction");

        racer.losing(3);
        assertThrows(PersistenceException.class, racer::change);
        assertEquals(3, racer.runs().size(), "three runs at the most");
    }
}
