package kr.go.msit.standards.platform.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation takes once ({@code status}, {@code page}: not a list), given more than once, is a
 * 400 naming it: JAX-RS would read the first and ignore the rest, so {@code ?status=ACTIVE&status=CLOSED} would answer
 * the ACTIVE projects as if that were what was asked. The OpenAPI document says which parameters are lists
 * ({@code type: array}); only they repeat. A parameter of a type other than text (a number, a date, an id, one of a
 * list of values) given empty ({@code ?page=}, {@code ?status=}) is a 400 naming it too: JAX-RS took it for one left
 * out, so {@code ?status=} listed everything. Read from the operation's own declaration (its {@code @QueryParam}s and
 * those of its {@code @BeanParam}s), once per operation.
 */
public class SingleValuedQueryParams {

    /** What a parameter given empty is told. */
    static final String EMPTY = "given empty: give a value, or leave the parameter out";

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    /** The operation's query parameters that hold one value, and those that are not text. */
    record Declared(Set<String> singleValued, Set<String> typed) {}

    @ServerRequestFilter
    public void refuseRepeated(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared names = declared.computeIfAbsent(method, SingleValuedQueryParams::declaredOf);
        if (names.singleValued().isEmpty() && names.typed().isEmpty()) {
            return;
        }
        List<Problem.FieldError> refused = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > 1 && names.singleValued().contains(parameter.getKey())) {
                refused.add(new Problem.FieldError(parameter.getKey(), "given more than once"));
            } else if (names.typed().contains(parameter.getKey())
                    && parameter.getValue().stream().anyMatch(String::isEmpty)) {
                refused.add(new Problem.FieldError(parameter.getKey(), EMPTY));
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.invalid("A query parameter is given more than once, or empty", refused);
        }
    }

    /** The names of the operation's query parameters that hold one value, and of those that are not text. */
    static Declared declaredOf(Method method) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> typed = new LinkedHashSet<>();
        for (Parameter parameter : method.getParameters()) {
            add(names, typed, parameter, parameter.getType());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType();
                        type != null && type != Object.class;
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(names, typed, field, field.getType());
                    }
                }
            }
        }
        return new Declared(Set.copyOf(names), Set.copyOf(typed));
    }

    private static void add(Set<String> names, Set<String> typed, AnnotatedElement element, Class<?> type) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query == null) {
            return;
        }
        boolean list = Collection.class.isAssignableFrom(type) || type.isArray();
        if (!list) {
            names.add(query.value());
        }
        if (!list && type != String.class) {
            typed.add(query.value());
        }
    }
}
