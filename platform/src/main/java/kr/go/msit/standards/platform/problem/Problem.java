package kr.go.msit.standards.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

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
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details: the body of every error answer. Members beyond "
                + "type, title and status are sent when they apply.",
        requiredProperties = {"type", "title", "status"},
        properties = {
            @SchemaProperty(
                    name = "resource",
                    type = SchemaType.STRING,
                    example = "project",
                    description = "404: the kind of record that was not found"),
            @SchemaProperty(
                    name = "currentState",
                    type = SchemaType.STRING,
                    example = "ACTIVE",
                    description = "409 illegal-transition: the record's state, in which the action is not allowed"),
            @SchemaProperty(
                    name = "action",
                    type = SchemaType.STRING,
                    example = "approve",
                    description = "409 illegal-transition: the action that was refused"),
            @SchemaProperty(
                    name = "rule",
                    type = SchemaType.STRING,
                    example = "per-project-cap",
                    description = "The business rule that refused the request (422, and 403 maker-checker, 409 "
                            + "dispatch-overlap): a stable slug clients may switch on"),
            @SchemaProperty(
                    name = "dependency",
                    type = SchemaType.STRING,
                    example = "partnership-service",
                    description = "503/504: the service that could not answer"),
            @SchemaProperty(
                    name = "currentETag",
                    type = SchemaType.STRING,
                    example = "\"7\"",
                    description = "412: the record's current entity tag"),
            @SchemaProperty(
                    name = "constraint",
                    type = SchemaType.STRING,
                    nullable = true,
                    description = "409: the database constraint that refused the change, when it has a name"),
            @SchemaProperty(
                    name = "remainingKrw",
                    type = SchemaType.INTEGER,
                    format = "int64",
                    description = "422: KRW still available under the limit that was exceeded"),
            @SchemaProperty(
                    name = "maximumKrw",
                    type = SchemaType.INTEGER,
                    format = "int64",
                    description = "422 deobligation-below-lines: the most that may be de-obligated"),
            @SchemaProperty(
                    name = "availableKrw",
                    type = SchemaType.INTEGER,
                    format = "int64",
                    deprecated = true,
                    description = "422 calls-exceed-envelope: the same as remainingKrw (the KRW of the program's "
                            + "envelope not yet given to calls), under its first name; read remainingKrw"),
            @SchemaProperty(
                    name = "fiscalYear",
                    type = SchemaType.INTEGER,
                    format = "int32",
                    description = "422 appropriation-exceeded: the fiscal year whose appropriation is exceeded; "
                            + "year-outside-project-period: the fiscal year outside the project's period; year-not-begun: a year after this one; "
                            + "fiscal-year-not-begun: the line's fiscal year, whose money is paid from its 1 January"),
            @SchemaProperty(
                    name = "callStatus",
                    type = SchemaType.STRING,
                    example = "CLOSED",
                    description = "422 call-not-open / call-not-under-review: the call's state"),
            @SchemaProperty(
                    name = "projectStatus",
                    type = SchemaType.STRING,
                    example = "SUSPENDED",
                    description = "422 project-not-active (the project's state, as projects-service answered it), "
                            + "project-not-fundable, project-not-evaluable and project-not-stoppable"),
            @SchemaProperty(
                    name = "latestPlannedEnd",
                    type = SchemaType.STRING,
                    format = "date",
                    description = "422 stay-too-long: the last day the dispatch's visa category allows"),
            @SchemaProperty(
                    name = "periodEnd",
                    type = SchemaType.STRING,
                    format = "date",
                    description = "422 period-end-outside-program: the last day the project would perform"),
            @SchemaProperty(
                    name = "projectPeriodStart",
                    type = SchemaType.STRING,
                    format = "date",
                    description = "422 dispatch-outside-project-period: the first day of the project's period"),
            @SchemaProperty(
                    name = "projectPeriodEnd",
                    type = SchemaType.STRING,
                    format = "date",
                    description = "422 dispatch-outside-project-period: the last day of the project's period"),
            @SchemaProperty(
                    name = "programEndYear",
                    type = SchemaType.INTEGER,
                    format = "int32",
                    description = "422 period-end-outside-program: the program's last fiscal year"),
            @SchemaProperty(
                    name = "continuation",
                    type = SchemaType.STRING,
                    example = "PENDING",
                    description =
                            "422 continuation-pending / continuation-stopped: the basis projects-service answered"),
            @SchemaProperty(
                    name = "existingId",
                    type = SchemaType.STRING,
                    format = "uuid",
                    description = "409 on subscribing a URL twice: the subscription that already delivers to it"),
            @SchemaProperty(
                    name = "allocationId",
                    type = SchemaType.STRING,
                    format = "uuid",
                    description =
                            "422 settlement-pending: the project's allocation in funding-service, not yet settled"),
            @SchemaProperty(
                    name = "types",
                    type = SchemaType.ARRAY,
                    implementation = String.class,
                    description = "422 event-type-not-readable: the event types asked for (on subscribing) or "
                            + "delivered (on changing a subscription) that your roles may not read"),
            @SchemaProperty(
                    name = "capKrw",
                    type = SchemaType.INTEGER,
                    format = "int64",
                    description = "422 continuation-cap: the most the fiscal year may hold after its evaluation"),
            @SchemaProperty(
                    name = "reasons",
                    type = SchemaType.ARRAY,
                    implementation = Problem.Reason.class,
                    description = "422 lead-not-eligible: why, one per agreement considered"),
            @SchemaProperty(
                    name = "retryAfterSeconds",
                    type = SchemaType.INTEGER,
                    format = "int32",
                    description = "429: seconds to wait, as in Retry-After")
        })
public record Problem(
        @Schema(
                description = "URI naming the problem type; stable, clients may switch on it",
                example = "https://standards.msit.go.kr/problems/validation")
        String type,

        @Schema(description = "Short summary of the problem type", example = "Request validation failed")
        String title,

        @Schema(description = "The HTTP status code", example = "400")
        int status,

        @Schema(description = "What went wrong in this request")
        String detail,

        @Schema(description = "The request path that produced the problem", example = "/api/v1/projects")
        String instance,

        @Schema(description = "The request's X-Request-ID: quote it to find the request in the logs")
        String requestId,

        @Schema(description = "400 validation: one entry per invalid field")
        List<FieldError> errors,

        @Schema(hidden = true) @JsonInclude(JsonInclude.Include.NON_EMPTY)
        Map<String, Object> extensions) {

    /** Media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of every problem type URI. */
    public static final String TYPE_BASE = "https://standards.msit.go.kr/problems/";

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One invalid field of a request. */
    @Schema(name = "FieldError", description = "One invalid field of a request")
    public record FieldError(
            @Schema(
                    description = "The field's path in the request (a parameter's name for a parameter)",
                    example = "titleKo")
            String field,

            @Schema(description = "What is wrong with it", example = "must not be blank")
            String message) {}

    /** Documentation only: one reason of a lead-not-eligible problem (as partnership-service gives it). */
    @Schema(name = "ProblemReason", description = "Why an agreement does not make the institution eligible")
    public record Reason(
            @Schema(
                    description = "NO_AGREEMENT, DRAFT, NOT_YET_EFFECTIVE, EXPIRED, TERMINATED, "
                            + "INSTRUMENT_NOT_ACCEPTED or OTHER_AGENCY",
                    example = "EXPIRED")
            String code,

            @Schema(nullable = true, description = "The agreement considered; null for NO_AGREEMENT")
            java.util.UUID agreementId,

            @Schema(description = "The reason in words") String detail) {}
}
