package kr.go.msit.standards.platform.persistence.events;

/**
 * The bean a service annotates with its {@link ChangeEvent}s (one per audited resource): one place that says what
 * the service tells other systems. Declare it {@code @Singleton} so that its class carries the annotations.
 */
public interface EventDeclarations {}
