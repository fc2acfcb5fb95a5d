package kr.go.msit.standards.platform.web;

import io.quarkus.runtime.Startup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;

/**
 * Graceful shutdown, second half. On SIGTERM Quarkus waits up to {@code quarkus.shutdown.timeout} for the requests in
 * flight, but still serves requests that arrive meanwhile; this gate refuses those at once with 503 problem+json,
 * {@code Retry-After: 1} and {@code Connection: close}, so a client retries on another instance while the requests
 * already running finish here. Health endpoints are not JAX-RS and keep answering (readiness then reports the
 * instance going away through the orchestrator).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@Startup
@ApplicationScoped
public class ShutdownGate implements ContainerRequestFilter {

    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "shutdown-gate"));
    }

    private final ProblemResponses problems;

    public ShutdownGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (stopping) {
            Response refused = problems.of(new ProblemException(503, "shutting-down", "Shutting down",
                    "This instance is stopping and takes no new requests; retry, another instance will answer"));
            request.abortWith(Response.fromResponse(refused).header("Retry-After", "1").header("Connection", "close").build());
        }
    }
}
