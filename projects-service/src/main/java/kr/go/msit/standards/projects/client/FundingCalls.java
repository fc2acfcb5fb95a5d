package kr.go.msit.standards.projects.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.client.DependencyFailure;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to funding-service with the same fault tolerance as {@link PartnershipCalls}: a time limit, one retry (reads
 * only), and a circuit breaker of its own. Overridable by configuration.
 */
@ApplicationScoped
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@Retry(
        maxRetries = 1,
        delay = 100,
        retryOn = {DependencyFailure.class, ProcessingException.class},
        abortOn = TimeoutException.class)
@CircuitBreaker(
        requestVolumeThreshold = 6,
        failureRatio = 0.5,
        delay = 10,
        delayUnit = ChronoUnit.SECONDS,
        successThreshold = 1,
        failOn = {DependencyFailure.class, ProcessingException.class, TimeoutException.class})
// outside the caller's transaction, as PartnershipCalls says why
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FundingCalls {

    public static final String DEPENDENCY = "funding-service";

    private final FundingClient client;

    public FundingCalls(@RestClient FundingClient client) {
        this.client = client;
    }

    /** The project's allocation, or empty when funding-service has allocated it nothing. */
    public Optional<FundingFacts.Allocation> allocationOf(UUID projectId) {
        try {
            FundingFacts.Allocations page = client.allocations(projectId, 1);
            if (page == null || page.items() == null) {
                // an answer without its list: not an answer that can be read as "nothing allocated"
                throw new DependencyFailure(DEPENDENCY, 200);
            }
            Optional<FundingFacts.Allocation> own = page.items().stream()
                    .filter(a -> projectId.equals(a.projectId()))
                    .findFirst();
            if (own.isPresent() && own.get().id() == null) {
                // an allocation without its id: not an answer this service can name in a refusal
                throw new DependencyFailure(DEPENDENCY, 200);
            }
            if (own.isEmpty() && !page.items().isEmpty()) {
                // another project's allocation: the filter was not applied, and the answer says nothing of this one
                throw new DependencyFailure(DEPENDENCY, 200);
            }
            return own;
        } catch (WebApplicationException e) {
            throw new DependencyFailure(DEPENDENCY, e.getResponse().getStatus());
        }
    }
}
