package kr.go.msit.standards.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;

/**
 * An HTTP/1.1 request without a {@code Host} header (RFC 9112 §3.2 requires one) is a 400 problem like any other bad
 * input. Vert.x's router refuses it before any route or filter runs, and Quarkus' error handler then answered it as
 * text reading "500 - Internal Server Error" with an error id, and logged an ERROR for each such request. This failure
 * handler runs first (and for nothing else), with the headers the filters would have set.
 */
@ApplicationScoped
public class MissingHost {

    private final ProblemResponses problems;

    public MissingHost(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.statusCode() != 400
                    || rc.request().version() == HttpVersion.HTTP_2
                    || rc.request().authority() != null
                    || rc.response().headWritten()) {
                rc.next();
                return;
            }
            rc.response()
                    .putHeader(RequestIds.HEADER, RequestIds.generate())
                    .putHeader(HttpHeaders.CACHE_CONTROL, NoStore.VALUE);
            problems.send(
                    rc,
                    ProblemException.invalid(
                            "The request has no Host header",
                            List.of(new Problem.FieldError("Host", "is required in HTTP/1.1"))));
        });
    }
}
