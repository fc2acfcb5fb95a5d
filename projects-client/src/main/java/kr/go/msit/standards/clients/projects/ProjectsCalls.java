package kr.go.msit.standards.clients.projects;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.client.DependencyFailure;
import kr.go.msit.standards.platform.client.PeerGuard;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to projects-service with the fault tolerance of every call between services ({@link PeerGuard}). A 404 is an
 * answer (no such project, or not one the caller may see), not a failure.
 */
@ApplicationScoped
// every call: the policy of every call between services (PeerGuard), with a circuit of its own for this peer
@ApplyGuard(ProjectsCalls.DEPENDENCY)
// outside the caller's transaction: the client hands the call to an event-loop thread with the contexts it captured,
// and a transaction captured there was still associated with that thread when the caller rolled it back after a
// failed call (Narayana's ARJUNA012095 warning with two stack traces in the log)
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ProjectsCalls {

    public static final String DEPENDENCY = "projects-service";

    @Produces
    @Identifier(DEPENDENCY)
    static final Guard GUARD = PeerGuard.of(DEPENDENCY);

    private final ProjectsClient client;

    public ProjectsCalls(@RestClient ProjectsClient client) {
        this.client = client;
    }

    public Optional<ProjectSummary> project(UUID id) {
        return found(() -> client.project(id));
    }

    /** The program, or empty when projects-service does not know it. */
    public Optional<ProgramSummary> program(UUID id) {
        return found(() -> client.program(id));
    }

    /** The continuation answer for a fiscal year, or empty when projects-service does not know the project. */
    public Optional<ContinuationSummary> continuation(UUID id, int fiscalYear) {
        return found(() -> client.continuation(id, fiscalYear));
    }

    /** A 404 is an answer (empty); any other failure is projects-service's. */
    private static <T> Optional<T> found(java.util.function.Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            throw new DependencyFailure(DEPENDENCY, status);
        }
    }
}
