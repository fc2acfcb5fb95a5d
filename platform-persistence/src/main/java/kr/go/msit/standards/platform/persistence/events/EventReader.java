package kr.go.msit.standards.platform.persistence.events;

import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;

/**
 * Who reads the feed (a caller, or the owner of a webhook subscription): roles, the institution it is confined to
 * (null for program-wide readers) and its institution claim.
 */
public record EventReader(Set<String> roles, UUID confinedTo, UUID institution) {

    /** The institution of a confined reader without one: it sees no institution's records. */
    private static final UUID NOBODY = new UUID(0, 0);

    public static EventReader of(Caller caller) {
        return new EventReader(
                Set.copyOf(caller.roles()),
                caller.scope().orElse(null),
                caller.institutionId().orElse(null));
    }

    /** The owner of a webhook subscription, from the roles and institution claim it had when it last renewed it. */
    public static EventReader owner(Set<String> roles, UUID institution) {
        return new EventReader(
                Set.copyOf(roles),
                Caller.confined(roles) ? (institution == null ? NOBODY : institution) : null,
                institution);
    }

    /** Whether this reader acts for {@code institution} (an {@code institution} token of it). */
    boolean isOf(UUID recordInstitution) {
        return recordInstitution != null && roles.contains(Roles.INSTITUTION) && recordInstitution.equals(institution);
    }
}
