package kr.go.msit.standards.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Set;

/**
 * A transaction that lost a race PostgreSQL detects — a serialization failure (SQLSTATE 40001) or a deadlock (40P01)
 * — is run again as a whole, up to {@value #ATTEMPTS} times, before the caller is answered (409 "retry"). PostgreSQL's
 * own advice for these errors is to retry the transaction; the caller did nothing wrong. The common case: changes of
 * one record at once, taken in turn under its row lock, are granted the lock in another order than their transaction
 * ids, and the change feed refuses an event that would sort before a later change of the same record (platform
 * migration V0_3); run again, the change takes a new id, after the one it waited for.
 *
 * <p>Around every {@code @Transactional} (REQUIRED) method that starts its transaction, outside the transaction's own
 * interceptor; a method that joins a transaction leaves the retry to the one that began it ({@link
 * IdempotencyInterceptor} for an idempotent request). What runs again is read again: a call to another service is
 * asked again, and nothing of the lost attempt was committed.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LostRaceRetry {

    /** How many times a transaction runs at the most. */
    static final int ATTEMPTS = 3;

    private static final Set<String> LOST_RACE = Set.of("40001", "40P01");

    private final TransactionManager transactions;

    public LostRaceRetry(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return ctx.proceed();
        }
        return again(ctx::proceed);
    }

    /** What may run again. */
    @FunctionalInterface
    interface Attempt {
        Object run() throws Exception;
    }

    /** Runs {@code attempt}, again while it fails by a lost race, {@value #ATTEMPTS} times at the most. */
    static Object again(Attempt attempt) throws Exception {
        for (int run = 1; ; run++) {
            try {
                return attempt.run();
            } catch (Exception e) {
                if (run >= ATTEMPTS || !lostRace(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether {@code failure} is, or was caused by, a serialization failure or a deadlock. */
    static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && LOST_RACE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
