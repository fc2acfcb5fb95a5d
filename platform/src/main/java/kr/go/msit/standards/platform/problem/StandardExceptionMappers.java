package kr.go.msit.standards.platform.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import kr.go.msit.standards.platform.web.AllowedMethods;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure that is not a {@link ProblemException} to problem+json: validation, malformed or mistyped
 * JSON, JAX-RS errors (unknown route, wrong method or media type) and, last, anything unexpected (500, logged with
 * the request id, no stack trace in the body).
 */
public class StandardExceptionMappers {

    private static final Logger LOG = Logger.getLogger(StandardExceptionMappers.class);

    private final ProblemResponses problems;
    private final AllowedMethods allowedMethods;

    public StandardExceptionMappers(ProblemResponses problems, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return problems.build(
                400, "validation", "Request validation failed", errors.size() + " field(s) are invalid", errors, null);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return problems.of(JsonInputProblems.of(e));
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e) {
        return problems.of(JsonInputProblems.of(e));
    }

    @ServerExceptionMapper
    public Response json(JacksonException e) {
        return problems.of(JsonInputProblems.of(e));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson) {
            return problems.of(JsonInputProblems.of(jackson));
        }
        if (cause instanceof ProblemException problem) {
            return problems.of(problem);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && cause != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (a UUID that is not one,
            // "abc" for a number, an unknown enum name); for an API client that is a malformed request.
            // the converter's own message may name classes (an enum's, for one): it stays in the log
            LOG.debugf("Parameter conversion failed: %s", cause);
            return problems.build(
                    400,
                    "bad-parameter",
                    "Bad request parameter",
                    "A path or query parameter has the wrong type or format (a UUID, a number, a date YYYY-MM-DD or "
                            + "one of the documented values)",
                    null,
                    null);
        }
        if (status >= 500) {
            LOG.errorf(e, "Request failed with status %d", status);
            return problems.internal(status);
        }
        if (status == 404 && allowedMethods.wrongMethodForCurrentRequest()) {
            // RESTEasy's router answers 404, not 405, when the class it tried last for a path lacks the method and
            // another class's path begins the same way (/programs/{id}/outcomes after /programs)
            status = 405;
        }
        Response.StatusType statusType = status == 405
                ? Response.Status.METHOD_NOT_ALLOWED
                : e.getResponse().getStatusInfo();
        String title = statusType.getReasonPhrase() == null ? "HTTP " + status : statusType.getReasonPhrase();
        String slug = switch (status) {
            case 403 -> "forbidden"; // one type for every 403, whichever exception said it
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This path does not support the method";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "The request body must be application/json";
            default -> e.getMessage();
        };
        return problems.build(status, slug, title, detail, null, null);
    }

    /** No credentials where an endpoint needs them: 401 with a challenge. */
    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e) {
        return problems.of(ProblemException.unauthenticated(ProblemException.NO_TOKEN));
    }

    /**
     * A token that fails verification (malformed, expired, wrongly signed, wrong issuer or audience, alg none):
     * 401. The reason is logged, not returned, so that a caller cannot probe the verifier.
     */
    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.AuthenticationFailedException e) {
        // DEBUG: anyone reaching the service could send bad tokens at line rate and fill the log
        LOG.debugf(
                "Refused a bearer token: %s",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return problems.of(ProblemException.unauthenticated(ProblemException.BAD_TOKEN));
    }

    /** A valid token without a role the endpoint admits: 403. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "The token's roles do not allow this operation"
                : e.getMessage();
        return problems.build(403, "forbidden", "Forbidden", detail, null, null);
    }

    /** The only sign RESTEasy's {@code VertxInputStream} gives of a body past the limit: an IOException's text. */
    private static final String TOO_LARGE = "Request too large";

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (e instanceof java.io.IOException && TOO_LARGE.equals(e.getMessage())) {
            // a body sent in chunks past quarkus.http.limits.max-body-size: RESTEasy's input stream has answered 413
            // and closes the connection (one that declares its length is refused before it is read: InputGate)
            LOG.debug("Refused a request body past the size limit");
            return problems.build(
                    413, "content-too-large", "Content Too Large", "The request body is too large", null, null);
        }
        if (e instanceof java.io.IOException) {
            // the request body broke off while it was read (the caller closed its connection, reset its HTTP/2
            // stream or broke HTTP/2's flow control): the caller's doing, and nobody is left to answer, so it is
            // neither an ERROR nor a 500
            // named here: the request's end (the caller leaving) has already taken its id out of the logging context;
            // DEBUG: a caller can cut off bodies (reset HTTP/2 streams) at line rate
            LOG.debugf("Request %s: its body could not be read: %s", problems.requestId(), e.toString());
            return problems.build(
                    400, "bad-request", "Bad request", "The request body could not be read to its end", null, null);
        }
        LOG.error("Unexpected failure", e);
        return problems.internal(500);
    }

    /** {@code create.request.budget[0].amountKrw} becomes {@code budget[0].amountKrw}; a query parameter keeps its name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && property.length() > 0) {
                    property.append('[').append(node.getIndex()).append(']');
                }
                if (kind == ElementKind.PROPERTY) {
                    property.append(property.length() == 0 ? "" : ".").append(node.getName());
                }
            }
        }
        if (property.length() > 0) {
            return property.toString();
        }
        return parameter == null ? "(request)" : parameter;
    }
}
