package kr.go.msit.standards.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;

/**
 * Graceful shutdown, second half. On SIGTERM Quarkus waits up to {@code quarkus.shutdown.timeout} for the requests in
 * flight, but still serves requests that arrive meanwhile; this gate refuses those at once with 503 problem+json,
 * {@code Retry-After: 1} and {@code Connection: close}, so a client retries on another instance while the requests
 * already running finish here. It is a route filter, so it stands before JAX-RS and the gateway's proxy alike;
 * health endpoints ({@code /q/}) keep answering, and readiness reports the instance going away.
 */
@ApplicationScoped
public class ShutdownGate {

    /** After the request id filter (1000), so the refusal carries the request id. */
    static final int PRIORITY = 950;

    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "shutdown-gate"));
    }

    private final ProblemResponses problems;

    public ShutdownGate(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    if (!stopping || RequestPaths.routed(rc).startsWith("/q/")) {
                        rc.next();
                        return;
                    }
                    rc.response().putHeader("Retry-After", "1").putHeader("Connection", "close");
                    PathTemplates.setIfAbsent(PathTemplates.REFUSED);
                    problems.send(
                            rc,
                            new ProblemException(
                                    503,
                                    "shutting-down",
                                    "Shutting down",
                                    "This instance is stopping and takes no new requests; retry, another instance will answer"));
                },
                PRIORITY);
    }
}
