package kr.go.msit.standards.gateway.commongrants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.problem.ErrorDialect;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.web.RequestPaths;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Under {@code /common-grants} every error takes the protocol's shape ({@code {status, message, errors}}, JSON)
 * instead of problem+json: every refusal written outside JAX-RS (the gateway's token check and rate limit, the platform's
 * input gate and router failures) through {@link #send}, as the {@link ErrorDialect} of these paths, and every problem
 * the JAX-RS layer answers (validation, unknown id, a service down) rewritten by {@link #rewrite}. {@code errors}
 * carries the problem's type, rule and request id, and the invalid fields.
 */
@ApplicationScoped
public class ProtocolErrors implements ErrorDialect {

    public static final String PREFIX = "/common-grants";

    private final ObjectMapper mapper;
    private final ProblemResponses problems;

    public ProtocolErrors(ObjectMapper mapper, ProblemResponses problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    public static boolean applies(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    static Answers.Error of(Problem problem) {
        List<Object> errors = new ArrayList<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("type", problem.type());
        if (problem.extensions() != null && problem.extensions().get("rule") != null) {
            about.put("rule", problem.extensions().get("rule"));
        }
        if (problem.requestId() != null) {
            about.put("requestId", problem.requestId());
        }
        errors.add(about);
        if (problem.errors() != null) {
            errors.addAll(problem.errors());
        }
        String message = problem.detail() == null || problem.detail().isBlank() ? problem.title() : problem.detail();
        return new Answers.Error(problem.status(), message, errors);
    }

    /**
     * A request on this prefix, as routed or as sent ({@code /common-grants;x/…}, however the prefix is spelled, is
     * refused for its {@code ;} before it is routed anywhere).
     */
    @Override
    public boolean speaks(RoutingContext rc) {
        return onThePrefix(RequestPaths.routed(rc)) || onThePrefix(rc.request().path());
    }

    private static boolean onThePrefix(String path) {
        return path != null && (applies(path) || path.startsWith(PREFIX + ";"));
    }

    /** A refusal on this prefix written outside JAX-RS (route filters, the router's failure handler). */
    @Override
    public void send(RoutingContext rc, ProblemException e) {
        Problem problem = problems.problem(rc, e);
        String body;
        try {
            body = mapper.writeValueAsString(of(problem));
        } catch (JsonProcessingException cannotHappen) {
            body = "{\"status\":" + e.status() + ",\"message\":\"Error\",\"errors\":[]}";
        }
        if (e.status() == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        rc.response()
                .setStatusCode(e.status())
                .putHeader("Content-Type", MediaType.APPLICATION_JSON)
                .end(body);
    }

    /** A problem answered under this prefix, in the protocol's shape. */
    @ServerResponseFilter
    public void rewrite(ContainerRequestContext request, ContainerResponseContext response) {
        if (applies("/" + request.getUriInfo().getPath().replaceFirst("^/", ""))
                && response.getEntity() instanceof Problem problem) {
            response.setEntity(of(problem), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
