package kr.go.msit.standards.platform.persistence.events;

import io.quarkus.arc.ClientProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kr.go.msit.standards.platform.problem.ProblemException;

/** The service's declared event kinds ({@link ChangeEvent} on its {@link EventDeclarations} bean), by resource. */
@ApplicationScoped
public class EventCatalog {

    private final Map<String, EventKind> kinds = new LinkedHashMap<>();

    public EventCatalog(Instance<EventDeclarations> declarations) {
        for (EventDeclarations bean : declarations) {
            for (ChangeEvent declared : ClientProxy.unwrap(bean).getClass().getAnnotationsByType(ChangeEvent.class)) {
                if (kinds.put(declared.resource(), EventKind.of(declared)) != null) {
                    throw new IllegalStateException("Two @ChangeEvent declare resource " + declared.resource());
                }
            }
        }
    }

    public Optional<EventKind> kind(String resource) {
        return Optional.ofNullable(kinds.get(resource));
    }

    public Collection<EventKind> kinds() {
        return kinds.values();
    }

    /** Every declared type, sorted. */
    public Set<String> types() {
        Set<String> types = new TreeSet<>();
        kinds.values().forEach(kind -> types.addAll(kind.types()));
        return types;
    }

    /** Whether {@code owner} may read events of {@code type} (an undeclared type: no). */
    public boolean readable(EventReader owner, String type) {
        return kindOf(type).map(kind -> kind.readableBy(owner)).orElse(false);
    }

    private Optional<EventKind> kindOf(String type) {
        return kinds.values().stream()
                .filter(kind -> kind.types().contains(type))
                .findFirst();
    }

    /** The types asked for, each declared and readable by the owner; none asked for: none named (all readable). */
    public List<String> readableTypes(EventReader owner, List<String> asked) {
        if (asked == null || asked.isEmpty()) {
            return List.of();
        }
        Set<String> types = new LinkedHashSet<>();
        Set<String> unreadable = new LinkedHashSet<>();
        for (String type : asked) {
            EventKind kind = kindOf(type)
                    .orElseThrow(() -> ProblemException.businessRule(
                            "unknown-event-type",
                            "This service has no events of type " + type + "; the document's webhooks section lists "
                                    + "them"));
            (kind.readableBy(owner) ? types : unreadable).add(type);
        }
        if (!unreadable.isEmpty()) {
            // every refused type named, as when a subscription's owner may no longer read what it delivers
            throw ProblemException.businessRule(
                            "event-type-not-readable",
                            "Your roles may not read events of type " + String.join(", ", unreadable))
                    .with("types", List.copyOf(unreadable));
        }
        return List.copyOf(types);
    }
}
