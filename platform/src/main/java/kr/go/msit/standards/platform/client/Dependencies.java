package kr.go.msit.standards.platform.client;

import java.util.function.Supplier;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Fail closed: a call to another service that cannot be completed (unreachable, slow, failing, or its circuit open)
 * becomes a 503 problem naming that service, so that a rule it checks is never skipped. Problems thrown by the
 * call itself (for example a 422 for an answer that breaks a rule) pass unchanged.
 */
public final class Dependencies {

    private static final Logger LOG = Logger.getLogger(Dependencies.class);

    private Dependencies() {}

    public static <T> T call(String dependency, String purpose, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw unavailable(dependency, purpose, "is failing; calls are paused for a while (circuit open)");
        } catch (TimeoutException e) {
            throw unavailable(dependency, purpose, "did not answer in time");
        } catch (DependencyFailure e) {
            LOG.warnf("%s: %s", purpose, e.getMessage());
            throw unavailable(dependency, purpose, "failed to answer");
        } catch (RuntimeException e) {
            LOG.warnf("%s: %s", purpose, e.toString());
            throw unavailable(dependency, purpose, "cannot be reached");
        }
    }

    private static ProblemException unavailable(String dependency, String purpose, String what) {
        return ProblemException.peerUnavailable(
                dependency,
                dependency + " " + what + "; " + purpose
                        + " cannot be checked, so the request is refused. Retry later");
    }
}
