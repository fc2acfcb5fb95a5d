package kr.go.msit.standards.platform.persistence.events;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;

/**
 * Who reads the feed (a caller, or the owner of a webhook subscription): its roles and its institution claim. Which
 * institutions' events it reads is decided per kind of event, by the roles that read that kind ({@link #confinedTo}).
 */
public record EventReader(Set<String> roles, UUID institution) {

    /** The institution of a confined reader without one: it sees no institution's records. */
    private static final UUID NOBODY = new UUID(0, 0);

    public static EventReader of(Caller caller) {
        caller.scope(); // an institution token without a valid institution claim is refused (403), as on every read
        return new EventReader(
                Set.copyOf(caller.roles()), caller.institutionId().orElse(null));
    }

    /** The owner of a webhook subscription, from the roles and institution claim it had when it last renewed it. */
    public static EventReader owner(Set<String> roles, UUID institution) {
        return new EventReader(Set.copyOf(roles), institution);
    }

    /** This reader's roles that read a kind of event read by {@code readers}. */
    Set<String> rolesAmong(Set<String> readers) {
        return roles.stream().filter(readers::contains).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The institution whose records this reader reads of a kind read by {@code readers}, or null for every
     * institution's. Only the reader's roles that read the kind count: {@code institution} + {@code finance-officer}
     * reads applications' events as an institution (a finance officer reads none), its own only; a second role lifts
     * the limit only where that role itself reads, so two roles never add up to a power neither has.
     */
    UUID confinedTo(Set<String> readers) {
        return Caller.confined(rolesAmong(readers)) ? (institution == null ? NOBODY : institution) : null;
    }

    /** Whether this reader acts for {@code institution} (an {@code institution} token of it). */
    boolean isOf(UUID recordInstitution) {
        return recordInstitution != null && roles.contains(Roles.INSTITUTION) && recordInstitution.equals(institution);
    }
}
