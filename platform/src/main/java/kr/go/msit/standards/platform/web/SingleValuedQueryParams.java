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
import java.util.Collections;
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
 * out, so {@code ?status=} listed everything; so is an empty value of a list ({@code ?projectId=} in person-days
 * answered every project's days, {@code ?agencyCode=} counted any agency). A parameter the operation does not take ({@code ?stauts=ACTIVE}, a typo)
 * is a 400 naming it and those it takes: ignored, it would answer every project as if that were what was asked. Read
 * from the operation's own declaration (its {@code @QueryParam}s and those of its {@code @BeanParam}s), once per
 * operation.
 */
public class SingleValuedQueryParams {

    /** What a parameter given empty is told. */
    static final String EMPTY = "given empty: give a value, or leave the parameter out";

    /** The longest part of an unknown parameter's name repeated in the answer. */
    private static final int NAME_SHOWN = 64;

    /** The most parameters one answer names: a short query of many names would otherwise make a long answer. */
    static final int NAMED_AT_MOST = 10;

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    /** The operation's query parameters (in the order declared), those that hold one value, and those never empty. */
    record Declared(Set<String> all, Set<String> singleValued, Set<String> neverEmpty) {}

    @ServerRequestFilter
    public void refuseWhatItDoesNotTake(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, List<String>> given = uri.getQueryParameters();
        if (given.isEmpty()) {
            return;
        }
        Declared names = declared.computeIfAbsent(method, SingleValuedQueryParams::declaredOf);
        List<Problem.FieldError> refused = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
            if (refused.size() == NAMED_AT_MOST) {
                break;
            }
            if (!names.all().contains(parameter.getKey())) {
                refused.add(new Problem.FieldError(shown(parameter.getKey()), unknown(names)));
            } else if (parameter.getValue().size() > 1 && names.singleValued().contains(parameter.getKey())) {
                refused.add(new Problem.FieldError(parameter.getKey(), "given more than once"));
            } else if (names.neverEmpty().contains(parameter.getKey())
                    && parameter.getValue().stream().anyMatch(String::isEmpty)) {
                refused.add(new Problem.FieldError(parameter.getKey(), EMPTY));
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.invalid(
                    "A query parameter is not one this operation takes, or is given more than once, or empty", refused);
        }
    }

    private static String unknown(Declared names) {
        return names.all().isEmpty()
                ? "not a parameter of this operation: it takes none"
                : "not a parameter of this operation: it takes " + String.join(", ", names.all());
    }

    private static String shown(String name) {
        return name.length() <= NAME_SHOWN ? name : name.substring(0, NAME_SHOWN) + "…";
    }

    /** The operation's query parameters: all of them, those that hold one value, those never given empty. */
    static Declared declaredOf(Method method) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> neverEmpty = new LinkedHashSet<>();
        for (Parameter parameter : method.getParameters()) {
            add(all, names, neverEmpty, parameter, parameter.getType());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType();
                        type != null && type != Object.class;
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(all, names, neverEmpty, field, field.getType());
                    }
                }
            }
        }
        return new Declared(Collections.unmodifiableSet(all), Set.copyOf(names), Set.copyOf(neverEmpty));
    }

    private static void add(
            Set<String> all, Set<String> names, Set<String> neverEmpty, AnnotatedElement element, Class<?> type) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query == null) {
            return;
        }
        all.add(query.value());
        boolean list = Collection.class.isAssignableFrom(type) || type.isArray();
        if (!list) {
            names.add(query.value());
        }
        if (list || type != String.class) {
            neverEmpty.add(query.value());
        }
    }
}
