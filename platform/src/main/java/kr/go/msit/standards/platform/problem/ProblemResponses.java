package kr.go.msit.standards.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import kr.go.msit.standards.platform.web.RequestIds;

/**
 * Builds problem+json responses with the request's path and request id filled in: as JAX-RS responses, or written
 * straight to a Vert.x request by the code that answers before or outside JAX-RS (route filters, the gateway's proxy).
 */
@ApplicationScoped
public class ProblemResponses {

    private final CurrentVertxRequest currentRequest;
    private final ObjectMapper mapper;
    private final Iterable<ErrorDialect> dialects;

    @Inject
    public ProblemResponses(CurrentVertxRequest currentRequest, ObjectMapper mapper, Instance<ErrorDialect> dialects) {
        this.currentRequest = currentRequest;
        this.mapper = mapper;
        this.dialects = dialects;
    }

    public ProblemResponses(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
        this.mapper = new ObjectMapper();
        this.dialects = List.of();
    }

    private static final String CHALLENGE = "WWW-Authenticate";

    private static final String BEARER = "Bearer";

    /** The problem of {@code e} for a request answered outside JAX-RS (a route filter). */
    public Problem problem(RoutingContext rc, ProblemException e) {
        return problem(
                e.status(),
                e.typeSlug(),
                e.title(),
                e.getMessage(),
                e.errors(),
                e.extensions(),
                rc.request().path(),
                rc.get(RequestIds.KEY));
    }

    /**
     * Ends {@code rc}'s response with the problem, keeping the headers already set on it (the request id, CORS,
     * {@code Retry-After}); on the paths of a protocol with an error shape of its own, with that protocol's error
     * ({@link ErrorDialect}).
     */
    public void send(RoutingContext rc, ProblemException e) {
        for (ErrorDialect dialect : dialects) {
            if (dialect.speaks(rc)) {
                dialect.send(rc, e);
                return;
            }
        }
        Problem problem = problem(rc, e);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException cannotHappen) {
            body = "{\"status\":" + e.status() + "}";
        }
        if (e.status() == 401) {
            rc.response().putHeader(CHALLENGE, BEARER);
        }
        rc.response()
                .setStatusCode(e.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body);
    }

    /**
     * Set on a 503 whose {@code dependency} is another service ({@link ProblemException#peerUnavailable}), naming it:
     * the gateway counts such an answer as the answering service's success (it is well; its peer is not) and takes
     * the header off before the caller sees it. Without it, five such answers in a row opened the gateway's circuit
     * for a healthy service while its peer was down.
     */
    public static final String FAILED_PEER = "X-Failed-Peer";

    public Response of(ProblemException e) {
        Response response = build(e.status(), e.typeSlug(), e.title(), e.getMessage(), e.errors(), e.extensions());
        if (e.peerAtFault()) {
            return Response.fromResponse(response)
                    .header(FAILED_PEER, e.extensions().get("dependency"))
                    .build();
        }
        return response;
    }

    /**
     * A failure of this code's, answered with status (500 unless the failure carried another 5xx): the same title
     * and detail everywhere, and nothing of the failure itself; the log has it, under the request id the caller
     * quotes.
     */
    public Response internal(int status) {
        return build(
                status,
                "internal",
                "Internal error",
                "The request could not be completed; quote the request id when reporting it",
                null,
                null);
    }

    public Response build(
            int status,
            String typeSlug,
            String title,
            String detail,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        Problem problem = problem(status, typeSlug, title, detail, errors, extensions, instance(), requestId());
        Response.ResponseBuilder response =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        // every 401 challenges the caller for a bearer token (RFC 9110), whoever answers it
        return (status == 401 ? response.header(CHALLENGE, BEARER) : response).build();
    }

    private static Problem problem(
            int status,
            String typeSlug,
            String title,
            String detail,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions,
            String instance,
            String requestId) {
        return new Problem(
                Problem.TYPE_BASE + typeSlug,
                title,
                status,
                detail,
                instance,
                requestId,
                errors == null || errors.isEmpty() ? null : errors,
                extensions);
    }

    /** The current request id, or null outside a request. */
    public String requestId() {
        RoutingContext rc = routingContext();
        return rc == null ? null : rc.get(RequestIds.KEY);
    }

    private String instance() {
        RoutingContext rc = routingContext();
        return rc == null ? null : rc.request().path();
    }

    private RoutingContext routingContext() {
        try {
            return currentRequest.getCurrent();
        } catch (RuntimeException notInRequest) {
            return null;
        }
    }
}
