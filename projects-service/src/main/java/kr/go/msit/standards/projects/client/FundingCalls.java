package kr.go.msit.standards.projects.client;

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

/** Calls to funding-service with the fault tolerance of every call between services ({@link PeerGuard}). */
@ApplicationScoped
// every call: the policy of every call between services (PeerGuard), with a circuit of its own for this peer
@ApplyGuard(FundingCalls.DEPENDENCY)
// outside the caller's transaction, as PartnershipCalls says why
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FundingCalls {

    public static final String DEPENDENCY = "funding-service";

    @Produces
    @Identifier(DEPENDENCY)
    static final Guard GUARD = PeerGuard.of(DEPENDENCY);

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
