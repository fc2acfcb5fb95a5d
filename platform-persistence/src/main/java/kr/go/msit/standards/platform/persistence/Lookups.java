package kr.go.msit.standards.platform.persistence;

import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * "Find it or answer 404", written once: {@code Lookups.found(Project.findById(id), "project", id)} for the record a
 * path names; {@code Lookups.referenced(Program.findById(id), "unknown-program", "No program " + id)} (422) for a
 * record a request's body refers to.
 */
public final class Lookups {

    private Lookups() {}

    /** {@code record}, or a 404 problem naming {@code resource} and {@code id} when it is null. */
    public static <T> T found(T record, String resource, Object id) {
        if (record == null) {
            throw ProblemException.notFound(resource, id);
        }
        return record;
    }

    /** {@code record}, or a 422 problem with {@code rule} (an {@code unknown-…} slug) when it is null. */
    public static <T> T referenced(T record, String rule, String detail) {
        if (record == null) {
            throw ProblemException.businessRule(rule, detail);
        }
        return record;
    }
}
