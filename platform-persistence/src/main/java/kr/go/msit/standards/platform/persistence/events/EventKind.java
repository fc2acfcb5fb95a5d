package kr.go.msit.standards.platform.persistence.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One declared kind of change event (see {@link ChangeEvent}), with its visibility rules. */
public record EventKind(
        String resource,
        Class<?> data,
        Set<String> actions,
        Set<String> readers,
        String institution,
        List<String> personal,
        Set<String> personalReaders,
        boolean institutionSeesPersonal,
        String publicOnceSet,
        Set<String> draftReaders) {

    static EventKind of(ChangeEvent declared) {
        return new EventKind(
                declared.resource(),
                declared.data(),
                Set.of(declared.actions()),
                Set.of(declared.readers()),
                declared.institution(),
                List.of(declared.personal()),
                Set.of(declared.personalReaders()),
                declared.institutionSeesPersonal(),
                declared.publicOnceSet(),
                Set.of(declared.draftReaders()));
    }

    /** Whether {@code reader} may not read this kind's events of records that are not yet public. */
    public boolean hidesDraftsFrom(EventReader reader) {
        return !publicOnceSet.isEmpty() && reader.rolesAmong(readers).stream().noneMatch(draftReaders::contains);
    }

    /** Whether an event with this {@code data} is of a record not yet public (its {@link #publicOnceSet} is null). */
    public boolean isDraft(JsonNode data) {
        return !publicOnceSet.isEmpty()
                && (data == null
                        || data.path(publicOnceSet).isNull()
                        || data.path(publicOnceSet).isMissingNode());
    }

    /** The event types of this kind, one per action (two actions may share one, e.g. two ways to create). */
    public Set<String> types() {
        return actions.stream().map(action -> EventTypes.of(resource, action)).collect(Collectors.toSet());
    }

    public boolean readableBy(EventReader reader) {
        return !reader.rolesAmong(readers).isEmpty();
    }

    /** The institution whose events of this kind {@code reader} reads, or null for every institution's. */
    UUID confinementOf(EventReader reader) {
        return reader.confinedTo(readers);
    }

    /** Whose record it is, from the data or the parent; empty when every reader may see it. */
    Optional<UUID> institutionOf(JsonNode data, UUID parentId, Optional<ParentInstitutions> parents) {
        if (institution.isEmpty()) {
            return Optional.empty();
        }
        if (ChangeEvent.PARENT.equals(institution)) {
            if (parentId == null) {
                return Optional.empty();
            }
            return parents.orElseThrow(() -> new IllegalStateException(
                            "Events of " + resource + " name their parent's institution, but the service has no "
                                    + ParentInstitutions.class.getSimpleName()))
                    .institutionOf(resource, parentId);
        }
        JsonNode value = data.at(institution);
        return value.isTextual() ? Optional.of(UUID.fromString(value.asText())) : Optional.empty();
    }

    /** {@code data} as {@code reader} may see it: personal fields null unless the reader may see them. */
    public JsonNode visibleTo(EventReader reader, JsonNode data, UUID recordInstitution) {
        if (personal.isEmpty()
                || reader.rolesAmong(readers).stream().anyMatch(personalReaders::contains)
                || (institutionSeesPersonal && reader.isOf(recordInstitution))) {
            return data;
        }
        JsonNode copy = data.deepCopy();
        for (String pointer : personal) {
            hide(copy, Arrays.asList(pointer.substring(1).split("/")), 0);
        }
        return copy;
    }

    private static void hide(JsonNode node, List<String> path, int at) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        String step = path.get(at);
        boolean last = at == path.size() - 1;
        if ("*".equals(step)) {
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (last) {
                        array.set(i, NullNode.getInstance());
                    } else {
                        hide(array.get(i), path, at + 1);
                    }
                }
            }
        } else if (node instanceof ObjectNode object && object.has(step)) {
            if (last) {
                object.set(step, NullNode.getInstance());
            } else {
                hide(object.get(step), path, at + 1);
            }
        }
    }
}
