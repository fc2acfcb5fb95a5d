package kr.go.msit.standards.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Date and instant query parameters: a malformed one is a 400 naming the parameter (JAX-RS's own conversion would
 * give a less precise answer). Read for {@code LocalDate} and {@code OffsetDateTime} parameters by
 * {@link ParameterConverters}.
 */
public final class QueryParams {

    private QueryParams() {}

    /** Four-digit years only: ISO (and {@link LocalDate#parse}) also reads "-0001-01-01" and "+10000-01-01". */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** {@code YYYY-MM-DD} with a year from 0001 to 9999, or null when absent (given blank is a 400). */
    public static LocalDate date(String name, String value) {
        return parse(name, value, text -> inRange(LocalDate.parse(onlyIf(DATE, text)), text), "a date YYYY-MM-DD");
    }

    /** An ISO-8601 instant with offset and a four-digit year, or null when absent (given blank is a 400). */
    public static OffsetDateTime instant(String name, String value) {
        return parse(
                name,
                value,
                text -> {
                    onlyIf(DATE, text.length() < 10 ? text : text.substring(0, 10));
                    OffsetDateTime instant = OffsetDateTime.parse(text);
                    inRange(instant.toLocalDate(), text);
                    return instant;
                },
                "an ISO-8601 instant such as 2026-01-01T00:00:00Z");
    }

    private static String onlyIf(Pattern pattern, String text) {
        if (!pattern.matcher(text).matches()) {
            throw new DateTimeParseException("Not of the pattern " + pattern, text, 0);
        }
        return text;
    }

    private static LocalDate inRange(LocalDate date, String text) {
        if (date.getYear() < 1) {
            throw new DateTimeParseException("Year 0000 is not a year", text, 0);
        }
        return date;
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            // as a parameter of a type JAX-RS converts (SingleValuedQueryParams): given empty is not left out
            throw ProblemException.invalid(
                    "A query parameter is given more than once, or empty",
                    List.of(new Problem.FieldError(name, SingleValuedQueryParams.EMPTY)));
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
