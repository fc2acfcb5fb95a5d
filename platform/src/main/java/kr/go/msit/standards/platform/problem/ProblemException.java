package kr.go.msit.standards.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expected failure that becomes a problem+json response with a given status. Services throw the subclasses;
 * {@link ProblemExceptionMapper} renders them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String typeSlug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private boolean peerAtFault;

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, null);
    }

    public ProblemException(int status, String typeSlug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
        this.errors = errors;
    }

    public int status() {
        return status;
    }

    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Adds a member to the problem body, for example {@code currentState}. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    /** 401 detail: the request carries no bearer token. */
    public static final String NO_TOKEN = "This endpoint needs a bearer token: Authorization: Bearer <JWT>";
    /** 401 detail: the token failed verification (the reason is logged, never returned). */
    public static final String BAD_TOKEN =
            "The bearer token is malformed, expired, not signed by the trusted issuer, " + "or not issued for this API";

    /** 401: no valid bearer token ({@link ProblemResponses} adds the {@code WWW-Authenticate: Bearer} challenge). */
    public static ProblemException unauthenticated(String detail) {
        return new ProblemException(401, "unauthenticated", "Unauthenticated", detail);
    }

    /** 400: the request is malformed or invalid in itself. */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    /** 400 with the offending fields. */
    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Request validation failed", detail, errors);
    }

    /** 404: no record of that kind with that id (or the caller may not know it exists). */
    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(404, "not-found", "Resource not found", resource + " " + id + " does not exist")
                .with("resource", resource);
    }

    /** 409: the request conflicts with the current state of the record (duplicate, concurrent change). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail);
    }

    /** 409: a state-machine transition that is not allowed from the current state. */
    public static ProblemException illegalTransition(
            String resource, String action, Enum<?> currentState, List<? extends Enum<?>> allowedFrom) {
        return illegalTransition(
                action,
                currentState.name(),
                "Cannot " + action + " a " + resource + " in state " + currentState.name()
                        + (allowedFrom.isEmpty() ? "" : "; allowed from " + allowedFrom));
    }

    /** 409: a transition not allowed from the current state, where the states are data (a standards body's stages). */
    public static ProblemException illegalTransition(String action, String currentState, String detail) {
        return new ProblemException(409, "illegal-transition", "Illegal state transition", detail)
                .with("currentState", currentState)
                .with("action", action);
    }

    /** 412: the {@code If-Match} precondition does not hold. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail);
    }

    /** 422: well-formed, but breaks a business rule. */
    public static ProblemException businessRule(String rule, String detail) {
        return new ProblemException(422, "business-rule", "Business rule violated", detail).with("rule", rule);
    }

    /** 503: a dependency this request needs is unavailable. */
    public static ProblemException dependencyUnavailable(String dependency, String detail) {
        return new ProblemException(503, "dependency-unavailable", "Dependency unavailable", detail)
                .with("dependency", dependency);
    }

    /**
     * 503: another service this request needs cannot answer. Marked as such ({@link #peerAtFault}): the service that
     * answers it is well, and the gateway's circuit for it must not count it.
     */
    public static ProblemException peerUnavailable(String dependency, String detail) {
        ProblemException e = dependencyUnavailable(dependency, detail);
        e.peerAtFault = true;
        return e;
    }

    /** Whether the failure is another service's ({@link #peerUnavailable}), not the one answering. */
    public boolean peerAtFault() {
        return peerAtFault;
    }

    /** 504: a dependency did not answer in time. */
    public static ProblemException dependencyTimeout(String dependency, String detail) {
        return new ProblemException(504, "dependency-timeout", "Dependency timed out", detail)
                .with("dependency", dependency);
    }
}
