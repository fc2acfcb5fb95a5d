package kr.go.msit.standards.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LostRaceRetryTest {

    private static PersistenceException lost(String state) {
        return new PersistenceException("wrapped", new RuntimeException(new SQLException("lost", state)));
    }

    @Test
    void aTransactionThatLostARaceRunsAgainUpToThreeTimes() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        assertEquals("done", LostRaceRetry.again(() -> {
            if (runs.incrementAndGet() < 3) {
                throw lost(runs.get() == 1 ? "40001" : "40P01");
            }
            return "done";
        }));
        assertEquals(3, runs.get());

        runs.set(0);
        PersistenceException third = lost("40001");
        assertSame(
                third,
                assertThrows(
                        PersistenceException.class,
                        () -> LostRaceRetry.again(() -> {
                            runs.incrementAndGet();
                            throw third;
                        })));
        assertEquals(LostRaceRetry.ATTEMPTS, runs.get());
    }

    @Test
    void anyOtherFailureIsAnsweredAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        for (Exception other : new Exception[] {lost("23505"), lost(null), new IllegalStateException("no")}) {
            runs.set(0);
            assertSame(
                    other,
                    assertThrows(
                            Exception.class,
                            () -> LostRaceRetry.again(() -> {
                                runs.incrementAndGet();
                                throw other;
                            })));
            assertEquals(1, runs.get());
        }
    }
}
