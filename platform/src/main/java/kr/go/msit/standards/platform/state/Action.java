package kr.go.msit.standards.platform.state;

import java.util.List;

/**
 * An aggregate's action enum: each constant holds its {@link Transition}, and the rest follows from it. A new
 * aggregate's enum is written as {@code SUBMIT(Transition.of("submit", SUBMITTED, DRAFT))} and nothing else.
 *
 * @param <S> the aggregate's state enum
 */
public interface Action<S extends Enum<S>> {

    Transition<S> transition();

    default String verb() {
        return transition().verb();
    }

    default S target() {
        return transition().target();
    }

    default List<S> from() {
        return transition().from();
    }

    default boolean allowedFrom(S state) {
        return transition().allowedFrom(state);
    }

    default boolean reasonRequired() {
        return transition().reasonRequired();
    }
}
