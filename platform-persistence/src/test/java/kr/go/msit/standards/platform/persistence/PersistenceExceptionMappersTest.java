package kr.go.msit.standards.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** The database failures that are not the request's fault, as the mapper answers them outside a running service. */
class PersistenceExceptionMappersTest {

    private final PersistenceExceptionMappers mappers =
            new PersistenceExceptionMappers(new ProblemResponses(new CurrentVertxRequest()));

    @Test
    void aPoolWithNoConnectionFreeInTimeIsABusyServiceToRetryNotAnInternalError() {
        // what Hibernate throws when Agroal gives up waiting for a connection (seen under load, 2026-12-02)
        Response response = mappers.persistence(new GenericJDBCException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")));

        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals("database", problem.extensions().get("dependency"));
    }

    @Test
    void aStatementTheDatabaseCancelledForTakingTooLongIsATimeoutToRetry() {
        Response response = mappers.persistence(new org.hibernate.QueryTimeoutException(
                "statement timeout",
                new SQLException("canceling statement due to statement timeout", "57014"),
                "select"));

        assertEquals(504, response.getStatus());
        assertEquals("database", ((Problem) response.getEntity()).extensions().get("dependency"));
    }

    @Test
    void aConnectionThatDiesDuringTheCommitIsTheDatabaseUnavailableNotAnInternalError() {
        // what Narayana throws when PostgreSQL stops during the commit (seen in PostgresRestartTest, 2026-12-04):
        // the driver's error only as the cause of an exception the RollbackException suppressed
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);

        Response response = mappers.persistence(new QuarkusTransactionException(rollback));

        assertEquals(503, response.getStatus());
        assertEquals("database", ((Problem) response.getEntity()).extensions().get("dependency"));
    }

    @Test
    void whatTheRequestRanIntoIsReadBeforeWhatFailedWhileCleaningUp() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint \"x_key\"", "23505");
        PersistenceException failure = new PersistenceException(
                new ConstraintViolationException("could not execute statement", duplicate, "x_key"));
        failure.addSuppressed(new SQLException("This connection has been closed.", "08003"));

        assertEquals(409, mappers.persistence(failure).getStatus());
    }

    @Test
    void causesAreWalkedOnceEvenWhenTheyReferToEachOther() {
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second", first);
        first.addSuppressed(second);

        assertEquals(java.util.List.of(first, second), PersistenceExceptionMappers.causes(first));
    }

    @Test
    void anUnknownJdbcFailureStaysAnInternalError() {
        Response response = mappers.persistence(
                new GenericJDBCException("something else", new SQLException("Sorry, something else")));

        assertEquals(500, response.getStatus());
    }
}
