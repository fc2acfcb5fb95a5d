package kr.go.msit.standards.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;

/**
 * The OpenAPI document is read, never written: {@code OPTIONS} is 204 with {@code Allow}, any method but {@code GET}
 * and {@code HEAD} a 405 naming them (SmallRye answered POST, PUT, DELETE and PATCH with the document, and OPTIONS
 * with 404). A route filter just before {@link InputGate}, so the gateway answers the same for its own document.
 */
@ApplicationScoped
public class DocumentMethods {

    /** Before {@link InputGate}: a document request needs none of its checks. */
    static final int PRIORITY = InputGate.PRIORITY + 1;

    /** The paths of the OpenAPI document (SmallRye's handler), and the methods they answer. */
    private static final Set<String> DOCUMENT =
            Set.of("/q/openapi", "/q/openapi.json", "/q/openapi.yaml", "/q/openapi.yml");

    private static final String ALLOWED = "GET, HEAD, OPTIONS";

    private final ProblemResponses problems;

    public DocumentMethods(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (!DOCUMENT.contains(rc.request().path()) || method == HttpMethod.GET || method == HttpMethod.HEAD) {
            rc.next();
            return;
        }
        rc.response().putHeader(HttpHeaders.ALLOW, ALLOWED);
        if (method == HttpMethod.OPTIONS) {
            rc.response().setStatusCode(204).end();
            return;
        }
        PathTemplates.setIfAbsent(PathTemplates.REFUSED);
        problems.send(
                rc,
                new ProblemException(
                        405,
                        "method-not-allowed",
                        "Method Not Allowed",
                        "The OpenAPI document is read with GET (or HEAD)"));
    }
}
