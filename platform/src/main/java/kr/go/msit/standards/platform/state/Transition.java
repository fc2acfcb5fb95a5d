package kr.go.msit.standards.platform.state;

import java.util.List;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * One transition of a state machine: its verb (the last path segment of its endpoint), the state it leads to, the
 * states it may start from, and whether it needs a reason. Every aggregate's {@code *Action} enum is a list of these
 * ({@link Action}), and every entity moves by {@link #apply}, so an illegal transition is a 409 naming the current
 * state, and a missing reason a 422 {@code reason-required}, the same way everywhere.
 *
 * @param <S> the aggregate's state enum
 */
public record Transition<S extends Enum<S>>(String verb, S target, List<S> from, boolean reasonRequired) {

    @SafeVarargs
    public static <S extends Enum<S>> Transition<S> of(String verb, S target, S... from) {
        return new Transition<>(verb, target, List.of(from), false);
    }

    /** The same transition, needing a reason. */
    public Transition<S> withReason() {
        return new Transition<>(verb, target, from, true);
    }

    /**
     * A reason as a record keeps it, whatever the step: stripped, and a blank one as none (" filled " and "filled"
     * are one reason; "  " is no reason, which {@link #apply} refuses where one is needed).
     */
    public static String reasonOf(String given) {
        return given == null || given.isBlank() ? null : given.strip();
    }

    public boolean allowedFrom(S state) {
        return from.contains(state);
    }

    /**
     * The state {@code resource} (a record in state {@code current}) moves to, or a refusal: 409 {@code currentState}
     * when the transition does not start from it, 422 {@code reason-required} when a reason is needed and blank.
     */
    public S apply(String resource, S current, String reason) {
        if (!allowedFrom(current)) {
            throw ProblemException.illegalTransition(resource, verb, current, from);
        }
        if (reasonRequired && (reason == null || reason.isBlank())) {
            throw ProblemException.businessRule(
                    "reason-required", "A reason is required to " + verb + " a " + resource);
        }
        return target;
    }
}
