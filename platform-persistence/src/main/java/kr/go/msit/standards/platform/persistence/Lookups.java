package kr.go.msit.standards.platform.persistence;

import kr.go.msit.standards.platform.problem.ProblemException;

/** "Find it or answer 404", written once: {@code Lookups.found(Project.findById(id), "project", id)}. */
public final class Lookups {

    private Lookups() {}

    /** {@code record}, or a 404 problem naming {@code resource} and {@code id} when it is null. */
    public static <T> T found(T record, String resource, Object id) {
        if (record == null) {
            throw ProblemException.notFound(resource, id);
        }
        return record;
    }
}
