package kr.go.msit.standards.platform.web;

import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * The one {@code Content-Type} a body is taken in, read one way by {@link InputGate} (from the headers) and by
 * {@link JsonBodyType} (when a body with no declared length comes).
 */
final class JsonContentType {

    /** The one form a JSON body's {@code Content-Type} reaches an operation in (see {@link #json}). */
    static final String CANONICAL = "application/json;charset=UTF-8";

    private JsonContentType() {}

    /**
     * Whether a body's {@code Content-Type} is JSON as every operation takes it: {@code application/json}, with no
     * charset or UTF-8. JAX-RS also matched a body sent as {@code *}{@code /*}, {@code application/*} or none to
     * {@code application/json}, and read it as UTF-8 whatever charset it named.
     */
    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0
                    && parts[i].substring(0, equals).strip().equalsIgnoreCase("charset")
                    && !parts[i].substring(equals + 1).strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** The 415 for a body that is not JSON as {@link #json} reads it. */
    static ProblemException notJson() {
        return new ProblemException(
                415,
                "unsupported-media-type",
                "Unsupported Media Type",
                "A request with a body needs Content-Type: application/json (UTF-8, the only charset taken)");
    }
}
