package kr.go.msit.standards.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProjectsCalls;
import kr.go.msit.standards.testsupport.ProjectsStub;
import kr.go.msit.standards.testsupport.TransactionSeen;
import org.junit.jupiter.api.Test;

/**
 * projects-service is asked outside the caller's transaction (a dispatch asks it inside one). Asked inside it, the
 * client handed the call to an event-loop thread with the transaction among the contexts it captured, and a
 * rollback after a failed call met that thread still in the transaction (Narayana's ARJUNA012095 in the log).
 */
@QuarkusTest
@PartnershipTest
class PeerCallsOutsideTransactionTest {

    @Inject
    ProjectsCalls calls;

    @Test
    void projectsServiceIsAskedOutsideTheCallersTransaction() {
        UUID project = UUID.fromString(ProjectsStub.seededProject(5));
        TransactionSeen.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(calls.project(project).isPresent());
            assertTrue(QuarkusTransaction.isActive(), "the caller's transaction is back after the call");
        });
        assertEquals(Status.STATUS_NO_TRANSACTION, TransactionSeen.status(), "the status the call saw");
    }
}
