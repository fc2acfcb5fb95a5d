package kr.go.msit.standards.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerRequestInternal;
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
 * handler (which writes a text or JSON page of its own and logs an ERROR for each, so that anyone could fill the
 * operators' error log):
 *
 * <ul>
 *   <li>a request Vert.x's router refuses before any route or filter runs: an HTTP/1.1 request without a valid
 *       {@code Host} (RFC 9112 §3.2), an HTTP/2 one without {@code :authority} (an invalid one is refused below, by a
 *       stream reset), a request target that is only a query ({@code GET ?a=1}) or otherwise not a path
 *       ({@code GET http:/x}, which the router answered with a bare 404). A 400 problem like any other bad input, with
 *       the headers the filters would have set;
 *   <li>a body sent in chunks past {@code quarkus.http.limits.max-body-size}: RESTEasy's input stream has answered 413
 *       and the operation that was reading it then fails writing its own answer. Nothing more can be told to the
 *       caller; logged at DEBUG.
 * </ul>
 *
 * Any other failure after the answer was sent is an error of ours and logged as one, with its stack; every other
 * failure goes on to the next handler.
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
            afterTheAnswer(rc);
            return;
        }
        // the router refuses a target that is not a path with 404 (http:/x, x/y): answered bare, and counted in the
        // metrics under the target as sent
        ProblemException refusal = rc.statusCode() == 400 || rc.statusCode() == 404 ? unroutable(rc.request()) : null;
        if (refusal == null || rc.response().headWritten()) {
            rc.next();
            return;
        }
        String requestId = RequestIds.acceptOrGenerate(rc.request().getHeader(RequestIds.HEADER));
        rc.put(RequestIds.KEY, requestId);
        rc.response().putHeader(RequestIds.HEADER, requestId).putHeader(HttpHeaders.CACHE_CONTROL, NoStore.VALUE);
        PathTemplates.setIfAbsent(PathTemplates.REFUSED);
        problems.send(rc, refusal);
    }

    private static void afterTheAnswer(RoutingContext rc) {
        int sent = rc.response().getStatusCode();
        String what = rc.request().method() + " " + RequestPaths.routed(rc);
        if (sent == 413) {
            LOG.debugf("%s: a body past the size limit, answered 413 while it was read", what);
        } else {
            LOG.errorf(rc.failure(), "%s failed after its answer (%d) was sent", what, sent);
        }
    }

    /** Why Vert.x's router refused the request before routing it (its {@code RoutingContextImpl}), or null. */
    static ProblemException unroutable(HttpServerRequest request) {
        HttpVersion version = request.version();
        if (version != HttpVersion.HTTP_1_0
                && request instanceof HttpServerRequestInternal internal
                && !internal.isValidAuthority()) {
            String header = version == HttpVersion.HTTP_2 ? ":authority" : "Host";
            return refusal("The request has no valid " + header, header, "is required, as host or host:port");
        }
        String path = request.path();
        if ("*".equals(path)) {
            return null; // OPTIONS * (the server as a whole): the router's own answer stands
        }
        if (path == null || !path.startsWith("/")) {
            return refusal("The request target is not a path", "(path)", "must start with /");
        }
        return null;
    }

    private static ProblemException refusal(String detail, String field, String message) {
        return ProblemException.invalid(detail, List.of(new Problem.FieldError(field, message)));
    }
}
