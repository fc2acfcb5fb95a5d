package kr.go.msit.standards.projects.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.client.DependencyFailure;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to partnership-service with fault tolerance: a time limit, one retry (reads only), and a circuit breaker
 * that stops calling a failing service for a while. A 404 is an answer (no such institution), not a failure.
 * Limits are MicroProfile Fault Tolerance settings, overridable by configuration.
 */
@ApplicationScoped
// every call: a time limit, one retry (reads only), and a circuit breaker of its own
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
public class PartnershipCalls {

    private final PartnershipClient client;

    public PartnershipCalls(@RestClient PartnershipClient client) {
        this.client = client;
    }

    /** The eligibility answer, or empty when partnership-service does not know the institution. */
    public Optional<EligibilityResult> eligibility(
            UUID institutionId, LocalDate date, List<String> instruments, List<String> agencyCodes) {
        return found(() -> client.eligibility(institutionId, date.toString(), instruments, agencyCodes));
    }

    /** The partner agency with its units, or empty when partnership-service does not know it. */
    public Optional<PartnerFacts.Agency> agency(UUID agencyId) {
        return found(() -> client.agency(agencyId));
    }

    /** The agreement, or empty when partnership-service does not know it or the caller may not see it. */
    public Optional<PartnerFacts.Agreement> agreement(UUID agreementId) {
        return found(() -> client.agreement(agreementId));
    }

    /** A 404 is an answer (empty); any other failure is partnership-service's. */
    private static <T> Optional<T> found(java.util.function.Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            throw new DependencyFailure(EligibilityCheck.DEPENDENCY, status);
        }
    }
}
