package kr.go.msit.standards.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Date and instant query parameters, read as text so that a malformed one is a 400 naming the parameter (JAX-RS's
 * own conversion would give a less precise answer).
 */
public final class QueryParams {

    private QueryParams() {}

    /** {@code YYYY-MM-DD}, or null when absent or blank. */
    public static LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, "a date YYYY-MM-DD");
    }

    /** An ISO-8601 instant with offset, or null when absent or blank. */
    public static OffsetDateTime instant(String name, String value) {
        return parse(name, value, OffsetDateTime::parse, "an ISO-8601 instant such as 2026-01-01T00:00:00Z");
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    "A query parameter has the wrong format",
                    List.of(new Problem.FieldError(name, "expected " + expected)));
        }
    }
}
