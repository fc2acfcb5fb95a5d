package kr.go.msit.standards.platform.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list with optional filters, written one way: each filter adds its condition and parameter
 * only when its value is given. {@code new Where().and("p.status = :status", "status", status).clause()}, then
 * {@link #bind} on every query that uses it (the page and its count).
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition}, naming {@code :name}, when {@code value} is not null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds {@code condition}, naming each parameter of {@code values}, when {@code applies}. */
    public Where and(String condition, boolean applies, Map<String, Object> values) {
        if (applies) {
            values.forEach((name, value) -> {
                Object bound = parameters.get(name);
                if (bound != null && !bound.equals(value)) {
                    throw new IllegalArgumentException(":" + name + " is bound already, to another value");
                }
            });
            conditions.add(condition);
            parameters.putAll(values);
        }
        return this;
    }

    /** Adds {@code condition}, which names no parameter, when {@code applies}. */
    public Where and(String condition, boolean applies) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    /** The conditions joined by AND; {@code 1 = 1} when there is none. */
    public String clause() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /** The named parameters, in the order their conditions were added. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** Binds every parameter to {@code query}, and returns it. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
