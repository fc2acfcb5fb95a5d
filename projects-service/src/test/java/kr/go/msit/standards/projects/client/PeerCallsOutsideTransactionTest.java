package kr.go.msit.standards.projects.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import java.util.UUID;
import kr.go.msit.standards.projects.Fixtures;
import kr.go.msit.standards.projects.ProjectsTest;
import kr.go.msit.standards.testsupport.TransactionSeen;
import org.junit.jupiter.api.Test;

/**
 * partnership-service and funding-service are asked outside the caller's transaction. Asked inside it, the client handed the call to an
 * event-loop thread with the transaction among the contexts it captured, and when the call failed the caller's
 * rollback met that thread still in the transaction: Narayana logged ARJUNA012095 with two stack traces.
 */
@QuarkusTest
@ProjectsTest
class PeerCallsOutsideTransactionTest {

    @Inject
    PartnershipCalls calls;

    @Inject
    FundingCalls funding;

    @Test
    void partnershipServiceIsAskedOutsideTheCallersTransaction() {
        TransactionSeen.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(calls.institution(UUID.fromString(Fixtures.KRISS)).isPresent());
            assertTrue(QuarkusTransaction.isActive(), "the caller's transaction is back after the call");
        });
        assertEquals(Status.STATUS_NO_TRANSACTION, TransactionSeen.status(), "the status the call saw");
    }

    @Test
    void fundingServiceIsAskedOutsideTheCallersTransaction() {
        TransactionSeen.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(funding.allocationOf(UUID.randomUUID()).isEmpty());
            assertTrue(QuarkusTransaction.isActive(), "the caller's transaction is back after the call");
        });
        assertEquals(Status.STATUS_NO_TRANSACTION, TransactionSeen.status(), "the status the call saw");
    }
}
