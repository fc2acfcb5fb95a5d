package kr.go.msit.standards.platform.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import kr.go.msit.standards.platform.web.StrictJson;

/**
 * The 400 of a request body that Jackson could not read, naming the field and what it takes: an unknown or repeated
 * field, a wrong type or format, a null where none may be, the NUL character or an unpaired surrogate, a date outside years 1–9999.
 */
final class JsonInputProblems {

    private JsonInputProblems() {}

    /** The problem of a request body Jackson could not read: which field, and what it expected. */
    static ProblemException of(JacksonException e) {
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            return ProblemException.invalid(
                    "A number is out of range",
                    List.of(new Problem.FieldError(pathOf(mapping), "number out of range")));
        }
        if (e instanceof InputCoercionException range && range.getProcessor() != null) {
            return ProblemException.invalid(
                    "A number is out of range",
                    List.of(new Problem.FieldError(
                            pathOf(range.getProcessor().getParsingContext()), "number out of range")));
        }
        if (e instanceof StrictJson.UnstorableStringException string) {
            return ProblemException.invalid(
                    string.getOriginalMessage(), List.of(new Problem.FieldError(pathOf(string), string.reason())));
        }
        if (e instanceof StrictJson.DuplicateItemsException duplicates) {
            return ProblemException.invalid(
                    "An array repeats an item",
                    List.of(new Problem.FieldError(pathOf(duplicates), "must not repeat an item")));
        }
        if (e instanceof StrictJson.DateOutOfRangeException date) {
            return ProblemException.invalid(
                    "A date is out of range",
                    List.of(new Problem.FieldError(pathOf(date), "must be between 0001-01-01 and 9999-12-31")));
        }
        if (e instanceof JsonParseException parse
                && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith("Duplicate field '")) {
            String message = parse.getOriginalMessage();
            String field = message.substring(
                    "Duplicate field '".length(), Math.max(message.lastIndexOf('\''), "Duplicate field '".length()));
            return ProblemException.invalid(
                    "A field is given twice", List.of(new Problem.FieldError(field, "given more than once")));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ProblemException.invalid(
                    "Unknown field in request body", List.of(new Problem.FieldError(pathOf(unknown), "unknown field")));
        }
        if (e instanceof InvalidNullException nullValue) {
            return ProblemException.invalid(
                    "A field may not be null", List.of(new Problem.FieldError(pathOf(nullValue), "must not be null")));
        }
        if (e instanceof InvalidFormatException format) {
            String expected = format.getTargetType() == null ? "another type" : describe(format.getTargetType());
            return ProblemException.invalid(
                    "A field has the wrong type or format",
                    List.of(new Problem.FieldError(pathOf(format), "expected " + expected)));
        }
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType());
            return ProblemException.invalid(
                    "A field has the wrong type",
                    List.of(new Problem.FieldError(pathOf(mismatch), "expected " + expected)));
        }
        if (e instanceof MismatchedInputException) {
            return new ProblemException(
                    400,
                    "malformed-json",
                    "Malformed request body",
                    "The request body must be a JSON object of the documented shape");
        }
        return new ProblemException(
                400, "malformed-json", "Malformed request body", "The request body is not valid JSON");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder names = new StringBuilder("one of ");
            for (int i = 0; i < constants.length; i++) {
                names.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return names.toString();
        }
        return switch (type.getSimpleName()) {
            case "Long", "long", "Integer", "int", "Short", "short" -> "an integer";
            case "LocalDate" -> "a date YYYY-MM-DD";
            case "Instant", "OffsetDateTime" -> "an ISO-8601 instant";
            case "UUID" -> "a UUID";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default ->
                type.isRecord() || List.class.isAssignableFrom(type)
                        ? "an " + (type.isRecord() ? "object" : "array")
                        : "a " + type.getSimpleName();
        };
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(body)" : path.toString();
    }

    /** The path of the value a parser stands on: {@code lines[0].amountKrw}. */
    private static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                path.insert(0, (path.length() == 0 || path.charAt(0) == '[' ? "" : ".") + at.getCurrentName());
            } else if (at.inArray()) {
                path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        return path.length() == 0 ? "(body)" : path.toString();
    }
}
