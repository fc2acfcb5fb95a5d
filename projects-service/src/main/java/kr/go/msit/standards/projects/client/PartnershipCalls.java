package kr.go.msit.standards.projects.client;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.client.DependencyFailure;
import kr.go.msit.standards.platform.client.PeerGuard;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to partnership-service with the fault tolerance of every call between services ({@link PeerGuard}: a time
 * limit, one retry, and a circuit breaker that stops calling a failing service for a while). A 404 (no such
 * institution) and a 422 (an unknown agency) are answers, not failures.
 */
@ApplicationScoped
// every call: the policy of every call between services (PeerGuard), with a circuit of its own for this peer
@ApplyGuard(EligibilityCheck.DEPENDENCY)
// outside the caller's transaction: the client hands the call to an event-loop thread with the contexts it captured,
// and a transaction captured there was still associated with that thread when the caller rolled it back after a
// failed call (Narayana's ARJUNA012095 warning with two stack traces in the log)
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PartnershipCalls {

    @Produces
    @Identifier(EligibilityCheck.DEPENDENCY)
    static final Guard GUARD = PeerGuard.of(EligibilityCheck.DEPENDENCY);

    private final PartnershipClient client;

    public PartnershipCalls(@RestClient PartnershipClient client) {
        this.client = client;
    }

    /** The eligibility answer, or empty when partnership-service does not know the institution. */
    public Optional<EligibilityResult> eligibility(
            UUID institutionId, LocalDate date, List<String> instruments, List<String> agencyCodes) {
        try {
            return found(() -> client.eligibility(institutionId, date.toString(), instruments, agencyCodes));
        } catch (RefusedByPartnership refused) {
            // its only 422 (unknown-agency): a program or call names an agency partnership-service does not know
            throw ProblemException.businessRule(
                    "unknown-agency",
                    "partnership-service knows no partner agency among " + agencyCodes
                            + " (the call's qualifying agencies, or else the program's): correct them there");
        }
    }

    /** The institution, or empty when partnership-service does not know it. */
    public Optional<PartnerFacts.Institution> institution(UUID institutionId) {
        return found(() -> client.institution(institutionId));
    }

    /** The partner agency with its units, or empty when partnership-service does not know it. */
    public Optional<PartnerFacts.Agency> agency(UUID agencyId) {
        return found(() -> client.agency(agencyId));
    }

    /** The agreement, or empty when partnership-service does not know it or the caller may not see it. */
    public Optional<PartnerFacts.Agreement> agreement(UUID agreementId) {
        Optional<PartnerFacts.Agreement> agreement = found(() -> client.agreement(agreementId));
        if (agreement.isPresent() && agreement.get().inForce() == null) {
            // an answer that does not say whether the agreement binds today cannot be read as either
            throw new DependencyFailure(EligibilityCheck.DEPENDENCY, 200);
        }
        return agreement;
    }

    /**
     * A 404 is an answer (empty), and so is a 422 (partnership-service refused what it was asked, which a caller's
     * data decides: {@link RefusedByPartnership}, neither retried nor counted by the circuit breaker); any other
     * failure is partnership-service's. Counted, a 422 let any caller who could provoke one take partnership-service
     * away from everyone: six opened this breaker, and the 503s it answered then opened the gateway's circuit for the
     * whole of projects-service.
     */
    private static <T> Optional<T> found(java.util.function.Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 422) {
                throw new RefusedByPartnership();
            }
            throw new DependencyFailure(EligibilityCheck.DEPENDENCY, status);
        }
    }

    /** partnership-service answered 422: an answer about the request, not a failure of the service. */
    static final class RefusedByPartnership extends RuntimeException {
        RefusedByPartnership() {
            super("partnership-service answered 422", null, false, false);
        }
    }
}
