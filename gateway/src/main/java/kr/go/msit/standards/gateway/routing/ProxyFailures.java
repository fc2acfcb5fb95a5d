package kr.go.msit.standards.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.web.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** How a proxied request's failure reads: one WARN line under the caller's request id, and the caller's problem. */
final class ProxyFailures {

    static final Logger LOG = Logger.getLogger(Proxy.class);

    private ProxyFailures() {}

    /** Runs {@code work} (on the event loop, outside any request scope) with the request id in the log context. */
    static void underRequestId(String requestId, Runnable work) {
        Object previous = MDC.get(RequestIds.KEY);
        if (requestId != null) {
            MDC.put(RequestIds.KEY, requestId);
        }
        try {
            work.run();
        } finally {
            if (previous == null) {
                MDC.remove(RequestIds.KEY);
            } else {
                MDC.put(RequestIds.KEY, previous);
            }
        }
    }

    /** Logs the failure and answers it: 503 when the service cannot be reached or failed, 504 when it was too slow. */
    static ProblemException describe(Routes.Target target, HttpServerRequest in, Throwable failure) {
        Throwable cause = Upstreams.cause(failure);
        String name = target.name();
        return switch (Upstreams.Failure.of(failure)) {
            case UNREACHABLE -> {
                LOG.warnf("%s unreachable for %s %s: %s", name, in.method(), in.path(), cause.getMessage());
                yield ProblemException.dependencyUnavailable(name, name + " cannot be reached; retry later");
            }
            case TIMEOUT -> {
                LOG.warnf("%s did not answer %s %s within %s", name, in.method(), in.path(), target.timeout());
                yield ProblemException.dependencyTimeout(
                        name,
                        name + " did not answer within " + target.timeout().toMillis() + " ms");
            }
            default -> {
                LOG.warnf("%s failed for %s %s: %s", name, in.method(), in.path(), cause.toString());
                yield ProblemException.dependencyUnavailable(name, name + " failed to answer; retry later");
            }
        };
    }

    /** The answer for a service whose circuit is open (the caller's {@code Retry-After} is set beside it). */
    static ProblemException circuitOpen(Routes.Target target) {
        return ProblemException.dependencyUnavailable(
                target.name(), target.name() + " is failing; calls are paused for a while (circuit open). Retry later");
    }

    /** Logs (INFO: the caller's doing) and answers a caller that stopped sending its body ({@code body-timeout}). */
    static ProblemException callerStalled(HttpServerRequest in, long waitedMillis) {
        LOG.infof(
                "%s %s: the caller sent nothing of its body for %d ms; answered 408",
                in.method(), in.path(), waitedMillis);
        return new ProblemException(
                408,
                "request-timeout",
                "Request body timed out",
                "No part of the request body came for " + waitedMillis + " ms; send the body without pausing");
    }

    /** A service that broke off an answer already under way: logged; the caller's connection is then cut. */
    static void brokeOff(Routes.Target target, HttpServerRequest in, Throwable failure) {
        LOG.warnf(
                "%s broke off its answer to %s %s after it had started: %s; the caller's connection is cut",
                target.name(), in.method(), in.path(), Upstreams.cause(failure).getMessage());
    }

    /** Logs (INFO: the caller's doing) a caller that took nothing of an answer for the body timeout; it is cut. */
    static void callerNotReading(Routes.Target target, HttpServerRequest in, long waitedMillis) {
        LOG.infof(
                "%s %s: the caller took nothing of %s's answer for %d ms; its stream is cut",
                in.method(), in.path(), target.name(), waitedMillis);
    }
}
