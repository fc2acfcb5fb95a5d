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
 * ({@code type: array}); only they repeat. Read from the operation's own declaration (its {@code @QueryParam}s and
 * those of its {@code @BeanParam}s), once per operation.
 */
public class SingleValuedQueryParams {

    private final Map<Method, Set<String>> singleValued = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseRepeated(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> names = singleValued.computeIfAbsent(method, SingleValuedQueryParams::singleValuedOf);
        if (names.isEmpty()) {
            return;
        }
        List<Problem.FieldError> repeated = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > 1 && names.contains(parameter.getKey())) {
                repeated.add(new Problem.FieldError(parameter.getKey(), "given more than once"));
            }
        }
        if (!repeated.isEmpty()) {
            throw ProblemException.invalid("A query parameter is given more than once", repeated);
        }
    }

    /** The names of the operation's query parameters that hold one value. */
    static Set<String> singleValuedOf(Method method) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter parameter : method.getParameters()) {
            add(names, parameter, parameter.getType());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType();
                        type != null && type != Object.class;
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(names, field, field.getType());
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void add(Set<String> names, AnnotatedElement element, Class<?> type) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null && !Collection.class.isAssignableFrom(type) && !type.isArray()) {
            names.add(query.value());
        }
    }
}
