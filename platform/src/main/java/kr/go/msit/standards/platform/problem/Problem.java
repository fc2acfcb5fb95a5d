package kr.go.msit.standards.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type      URI reference naming the problem type (stable; clients may switch on it)
 * @param title     short human-readable summary of the problem type
 * @param status    the HTTP status code
 * @param detail    explanation specific to this occurrence
 * @param instance  the request path that produced the problem
 * @param requestId the {@code X-Request-ID} of the request, to find it in the logs
 * @param errors    for validation problems: one entry per offending field
 * @param extensions further members, for example {@code currentState} on an illegal transition
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://standards.msit.go.kr/problems/validation") String type,
        @Schema(example = "Request validation failed") String title,
        @Schema(example = "400") int status,
        String detail,
        @Schema(example = "/api/v1/projects") String instance,
        String requestId,
        List<FieldError> errors,
        @Schema(hidden = true) @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> extensions) {

    /** Media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of every problem type URI. */
    public static final String TYPE_BASE = "https://standards.msit.go.kr/problems/";

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One invalid field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "titleKo") String field, @Schema(example = "must not be blank") String message) {
    }
}
