package kr.go.msit.standards.platform.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Path, query and header parameters of an enum, UUID, integer or boolean type, refused with a 400 problem that names the parameter
 * and what it accepts ({@code status must be one of DRAFT, OPEN, …}) instead of the converter's own message, which
 * named Java classes.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, name);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new UuidConverter(name);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new IntegerConverter(name);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new BooleanConverter(name);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new TextConverter<>(name, QueryParams::date);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new TextConverter<>(name, QueryParams::instant);
        }
        return null;
    }

    /**
     * A date ({@code YYYY-MM-DD}) or an instant with offset, a four-digit year from 0001 ({@link QueryParams}): typed,
     * so the document gives its format, and so that one given empty is refused ({@link SingleValuedQueryParams}).
     */
    private record TextConverter<V>(String name, BiFunction<String, String, V> reader) implements ParamConverter<V> {

        @Override
        public V fromString(String value) {
            return reader.apply(name, value);
        }

        @Override
        public String toString(V value) {
            return value == null ? null : value.toString();
        }
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    static ProblemException invalid(String name, String accepted) {
        return ProblemException.invalid(
                "The parameter " + name + " is not valid",
                List.of(new Problem.FieldError(name, "must be " + accepted)));
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw invalid(
                    name,
                    "one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }

    private record UuidConverter(String name) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            // by its shape first: UUID.fromString reads each group as a number, and took "+0000…" or a full-width
            // digit for the same id
            if (!canonical(value)) {
                throw invalid(name, "a UUID (8-4-4-4-12 hexadecimal digits)");
            }
            return UUID.fromString(value);
        }

        /** 8-4-4-4-12 ASCII hexadecimal digits. */
        static boolean canonical(String value) {
            if (value.length() != 36) {
                return false;
            }
            for (int i = 0; i < 36; i++) {
                char c = value.charAt(i);
                boolean ok = (i == 8 || i == 13 || i == 18 || i == 23)
                        ? c == '-'
                        : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }

    /**
     * An integer as the document writes one: an optional minus and ASCII digits. {@code Integer.valueOf} also took
     * {@code +5} and digits of any script ({@code ５}, {@code ٥}) for 5.
     */
    private record IntegerConverter(String name) implements ParamConverter<Integer> {

        @Override
        public Integer fromString(String value) {
            if (value == null) {
                return null;
            }
            int start = value.startsWith("-") ? 1 : 0;
            boolean digits = value.length() > start && value.length() <= start + 10;
            for (int i = start; digits && i < value.length(); i++) {
                digits = value.charAt(i) >= '0' && value.charAt(i) <= '9';
            }
            long read = digits ? Long.parseLong(value) : Long.MAX_VALUE;
            if (read < Integer.MIN_VALUE || read > Integer.MAX_VALUE) {
                throw invalid(name, "an integer (ASCII digits, at most " + Integer.MAX_VALUE + ")");
            }
            return (int) read;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    /**
     * {@code true} or {@code false}, as the document writes a boolean. {@code Boolean.valueOf} read anything else,
     * {@code yes} and {@code 1} included, as false: a filter asked for one thing answered its opposite.
     */
    private record BooleanConverter(String name) implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid(name, "true or false");
            };
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }
}
