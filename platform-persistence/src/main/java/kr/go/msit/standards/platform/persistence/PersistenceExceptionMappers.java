package kr.go.msit.standards.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The database's own refusals, as problems: a unique or check constraint that a concurrent request tripped, or a
 * version column that moved (optimistic lock); and the database out of reach, as 503 with {@code dependency:
 * database}. Services check the rules first and explain them better; these
 * mappers are the backstop for races. Commit-time failures arrive wrapped, so causes are unwrapped, and so are the
 * exceptions suppressed along the way: when the connection dies during a commit, Narayana's {@code RollbackException}
 * carries the driver's error only as a suppressed {@code XAException} (see {@link #persistence} for the wrappers).
 */
public class PersistenceExceptionMappers {

    private static final Logger LOG = Logger.getLogger(PersistenceExceptionMappers.class);
    /** The {@code dependency} of a problem when the service's own database cannot be reached. */
    static final String DATABASE = "database";

    private final ProblemResponses problems;

    public PersistenceExceptionMappers(ProblemResponses problems) {
        this.problems = problems;
    }

    /**
     * SQL states that say the database cannot serve now, whatever the request: 08 connection exceptions, 57P
     * operator intervention (shut down, crashed, still starting up), 53300 too many connections.
     */
    static boolean unavailable(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
    }

    /**
     * SQL states that say the database gave up on the request's statement or transaction because it took too long:
     * 57014 query canceled (a statement timeout), 25P03 idle-in-transaction timeout, 25P04 transaction timeout (both
     * set in this module's configuration). Retrying may well work; the request was not wrong.
     */
    static boolean timedOut(String sqlState) {
        return "57014".equals(sqlState) || "25P03".equals(sqlState) || "25P04".equals(sqlState);
    }

    /**
     * Agroal's refusal when no connection of the pool came free within its acquisition timeout: a plain
     * {@link SQLException} with no SQL state and this message (agroal-pool 3.0 {@code ConnectionPool}), the only
     * sign it gives. The service is busy, not the request wrong and not the database down.
     */
    static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    static boolean poolExhausted(Throwable cause) {
        return cause instanceof SQLException sql
                && sql.getSQLState() == null
                && POOL_EXHAUSTED.equals(sql.getMessage());
    }

    /**
     * SQL states that say a value of the request cannot be stored: 22001 a string longer than its column, 22003 a
     * number out of its type's range, 22008 a date or time out of range, 54000 a value too large for an index row.
     * Validation admits only what fits, so these are the backstop for what it missed: a 400, never a 500. (Other
     * data exceptions, such as a division by zero, are this code's faults and stay 500.)
     */
    static boolean valueRefused(String sqlState) {
        return "22001".equals(sqlState)
                || "22003".equals(sqlState)
                || "22008".equals(sqlState)
                || "54000".equals(sqlState);
    }

    /**
     * Where the commit fails depends on who commits: {@code QuarkusTransaction} (the idempotency interceptor) throws
     * {@code QuarkusTransactionException}; a {@code @Transactional} method's commit throws the checked
     * {@code RollbackException} (or another checked exception of the transaction manager's), which ArC wraps in
     * {@code ArcUndeclaredThrowableException}, and RESTEasy would give that to the catch-all {@code Throwable} mapper
     * (a 500) before it unwrapped it, since a mapper of a superclass is found first.
     */
    @ServerExceptionMapper({
        PersistenceException.class,
        jakarta.transaction.RollbackException.class,
        io.quarkus.narayana.jta.QuarkusTransactionException.class,
        io.quarkus.arc.ArcUndeclaredThrowableException.class
    })
    public Response persistence(Exception e) {
        for (Throwable cause : causes(e)) {
            if (cause instanceof ProblemException problem) {
                return problems.of(problem);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problems.of(ProblemException.conflict(
                        "The record was changed by another request; fetch it again and retry"));
            }
            if (cause instanceof PessimisticLockException || cause instanceof LockAcquisitionException) {
                return problems.of(ProblemException.conflict("The record is locked by another request; retry shortly"));
            }
            if (cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || (cause instanceof SQLException sql && unavailable(sql.getSQLState()))) {
                // the database cannot be reached (restarting, failing over, network): the service's dependency is
                // down, not the request wrong; readiness says the same, and the caller may retry
                LOG.warnf("The database cannot be reached: %s", cause.getMessage());
                return problems.of(ProblemException.dependencyUnavailable(
                        DATABASE, "The service's database cannot be reached; retry shortly"));
            }
            if (cause instanceof SQLException sql && timedOut(sql.getSQLState())) {
                LOG.warnf("The database gave up on the request for taking too long: %s", sql.getMessage());
                return problems.of(ProblemException.dependencyTimeout(
                        DATABASE, "The service's database did not finish the request in time; retry shortly"));
            }
            if (poolExhausted(cause)) {
                // every connection of the pool was busy for the whole acquisition timeout: a burst beyond what the
                // pool is sized for; the caller may retry, as after any 503
                LOG.warn("No database connection came free within the pool's acquisition timeout");
                return Response.fromResponse(problems.of(ProblemException.dependencyUnavailable(
                                DATABASE,
                                "The service is busy: no database connection came free in time; retry shortly")))
                        .header("Retry-After", "1")
                        .build();
            }
            if (cause instanceof SQLException sql && valueRefused(sql.getSQLState())) {
                // the database's message names the column type, not the field: it stays in the log
                LOG.warnf("The database refused a value validation admitted: %s", sql.getMessage());
                return problems.of(ProblemException.badRequest(
                        "A value of the request is longer or larger than it can be stored"));
            }
            if (cause instanceof ConstraintViolationException violation) {
                String constraint = violation.getConstraintName();
                LOG.infof(
                        "Constraint %s refused a change: %s",
                        constraint, violation.getSQLException().getMessage());
                return problems.of(ProblemException.conflict("The change conflicts with an existing record"
                                + (constraint == null ? "" : " (constraint " + constraint + ")"))
                        .with("constraint", constraint));
            }
        }
        LOG.error("Unexpected persistence failure", e);
        return problems.internal(500);
    }

    /**
     * {@code e} and its causes, outermost first, then the exceptions any of them suppressed (with their causes, in the
     * same order), each once: what the request itself ran into is read before what failed while cleaning up after
     * it, so a constraint violation stays a 409 even when closing its connection failed too.
     */
    static List<Throwable> causes(Throwable e) {
        List<Throwable> found = new ArrayList<>();
        collect(e, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void collect(Throwable e, List<Throwable> found, Set<Throwable> seen) {
        int first = found.size();
        for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
            found.add(cause);
        }
        for (Throwable cause : List.copyOf(found.subList(first, found.size()))) {
            for (Throwable suppressed : cause.getSuppressed()) {
                collect(suppressed, found, seen);
            }
        }
    }
}
