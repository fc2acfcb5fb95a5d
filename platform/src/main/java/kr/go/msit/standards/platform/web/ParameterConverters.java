package kr.go.msit.standards.platform.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Path, query and header parameters of an enum or UUID type, refused with a 400 problem that names the parameter
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
        return null;
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
            try {
                if (value.length() == 36) {
                    return UUID.fromString(value);
                }
            } catch (IllegalArgumentException notOne) {
                // below
            }
            throw invalid(name, "a UUID (8-4-4-4-12 hexadecimal digits)");
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
