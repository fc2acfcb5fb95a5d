package kr.go.msit.standards.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import org.jboss.logging.Logger;

/**
 * Failures the router hands to its failure handlers that are not errors of ours, answered before Quarkus' error
 * handler (which writes a text page reading "500 - Internal Server Error" and logs an ERROR for each):
 *
 * <ul>
 *   <li>an HTTP/1.1 request without a {@code Host} header (RFC 9112 §3.2 requires one), which Vert.x's router refuses
 *       before any route or filter runs: a 400 problem like any other bad input, with the headers the filters would
 *       have set;
 *   <li>a failure after the answer was sent, when nothing more can be told to the caller: a body sent in chunks past
 *       {@code quarkus.http.limits.max-body-size} is answered 413 by RESTEasy's input stream, and the operation that
 *       was reading it then fails writing its own answer. Logged at WARN with the request id, not as an error.
 * </ul>
 *
 * Every other failure goes on to the next handler.
 */
@ApplicationScoped
public class RouterFailures {

    private static final Logger LOG = Logger.getLogger(RouterFailures.class);

    private final ProblemResponses problems;

    public RouterFailures(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext rc) {
        if (rc.response().ended()) {
            LOG.warnf(
                    "%s %s failed after its answer (%d) was sent: %s",
                    rc.request().method(),
                    RequestPaths.routed(rc),
                    rc.response().getStatusCode(),
                    rc.failure() == null
                            ? "status " + rc.statusCode()
                            : rc.failure().toString());
            return;
        }
        if (rc.statusCode() == 400
                && rc.request().version() != HttpVersion.HTTP_2
                && rc.request().authority() == null
                && !rc.response().headWritten()) {
            rc.response()
                    .putHeader(RequestIds.HEADER, RequestIds.generate())
                    .putHeader(HttpHeaders.CACHE_CONTROL, NoStore.VALUE);
            problems.send(
                    rc,
                    ProblemException.invalid(
                            "The request has no Host header",
                            List.of(new Problem.FieldError("Host", "is required in HTTP/1.1"))));
            return;
        }
        rc.next();
    }
}
