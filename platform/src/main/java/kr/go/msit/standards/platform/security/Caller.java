package kr.go.msit.standards.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the verified token's subject, roles and, for the {@code institution} role, the institution the
 * caller is confined to. Services ask it for the scope of reads and writes and for the audit trail's actor.
 */
@RequestScoped
public class Caller {

    /** The claim of an {@code institution} caller's institution id. */
    public static final String INSTITUTION_CLAIM = "institution_id";

    private final SecurityIdentity identity;

    /** The roles the operation being served admits ({@link OperationRoles}), or null where any role may act. */
    private Set<String> admitted;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * Narrows this caller to the roles the operation admits (its {@code @RolesAllowed}), set before it runs. A token's
     * other roles take no part in it: {@code institution} + {@code finance-officer} reading an application is an
     * institution reading it (a finance officer may not read applications), so it reads its own institution's only.
     * Without this a second staff role lifted the institution limit everywhere, and two roles added up to a power
     * neither has.
     */
    void admit(Set<String> roles) {
        this.admitted = Set.copyOf(roles);
    }

    /**
     * The token's subject ({@code sub}), or {@code anonymous} outside an authenticated request. Not the principal's
     * name: SmallRye JWT names a principal by {@code upn}, else {@code preferred_username}, else {@code sub}, and a
     * username can change (an identity provider may let users rename themselves) or be shared, while the subject is
     * the one claim that names the same person for good (OpenID Connect Core §5.7). Maker–checker, the audit actor,
     * idempotency keys, cursors and webhook ownership are keyed on it, as is the gateway's rate limit; keyed on the
     * name, one person could approve their own disbursement under a new username.
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }

    /** The token's roles that act in this operation (all of them outside an operation that names its roles). */
    public Set<String> roles() {
        Set<String> held = identity.getRoles();
        return admitted == null
                ? held
                : held.stream().filter(admitted::contains).collect(Collectors.toUnmodifiableSet());
    }

    /** Every role the token holds, those this operation does not admit too: what the audit trail records of the actor. */
    public Set<String> tokenRoles() {
        return identity.getRoles();
    }

    /** Whether the caller holds {@code role} and it acts in this operation (see {@link #roles()}). */
    public boolean has(String role) {
        return identity.hasRole(role) && (admitted == null || admitted.contains(role));
    }

    /** Whether the caller holds one of the program's staff roles ({@link Roles#STAFF}). */
    public boolean isStaff() {
        return Roles.STAFF.stream().anyMatch(this::has);
    }

    /** The institution id claim, when the token carries a well-formed one. */
    public Optional<UUID> institutionId() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(INSTITUTION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim.toString().replace("\"", "").strip();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /**
     * The institution this caller is confined to: present for a caller whose only non-public role is
     * {@code institution}, empty for program-wide roles. An {@code institution} token without a valid
     * {@value #INSTITUTION_CLAIM} claim is refused (403), never treated as program-wide.
     */
    public Optional<UUID> scope() {
        if (!confined(roles())) {
            return Optional.empty();
        }
        return Optional.of(institutionId()
                .orElseThrow(() -> new ForbiddenException(
                        "An institution token must carry a valid " + INSTITUTION_CLAIM + " claim")));
    }

    /**
     * Whether holders of {@code roles} read only their own institution's records: an {@code institution} with no role
     * that reads every institution's (a staff role, or {@code viewer}, which reads every public record; with
     * {@code institution} it read less than alone).
     */
    public static boolean confined(Set<String> roles) {
        return roles.contains(Roles.INSTITUTION)
                && !roles.contains(Roles.VIEWER)
                && Roles.STAFF.stream().noneMatch(roles::contains);
    }

    /**
     * What a list filtered by institution ({@code requested}, null for any) shows this caller: a confined caller's
     * own institution's records only, so it is narrowed to that institution, and asking for another's gives an empty
     * list ({@link ListScope#nothing()}); a program-wide caller gets what it asked for.
     */
    public ListScope listScope(UUID requested) {
        Optional<UUID> own = scope();
        if (own.isEmpty()) {
            return new ListScope(requested, false);
        }
        return requested != null && !requested.equals(own.get())
                ? new ListScope(null, true)
                : new ListScope(own.get(), false);
    }

    /** The institution a list is filtered by (null for any), or nothing at all to show. */
    public record ListScope(UUID institutionId, boolean nothing) {}

    /** True when the caller may see records of {@code institutionId}. */
    public boolean canSee(UUID institutionId) {
        return scope().map(own -> own.equals(institutionId)).orElse(true);
    }

    /**
     * Throws 404 for a record of another institution when the caller is confined to one, so that the ids of other
     * institutions' records do not leak.
     */
    public void requireVisible(UUID institutionId, String resource, Object id) {
        if (!canSee(institutionId)) {
            throw ProblemException.notFound(resource, id);
        }
    }

    /**
     * The institution this caller is confined to for a change that only {@code programWide} roles may make for any
     * institution. Scope is decided per permission: a role lifts the institution limit only for what that role itself
     * may do, so {@code institution} + {@code auditor} (an auditor reads everything and changes nothing) still
     * changes only its own institution's records. Empty when the caller holds one of {@code programWide}, or no
     * {@code institution} role.
     */
    public Optional<UUID> changeScope(String... programWide) {
        if (!has(Roles.INSTITUTION) || Arrays.stream(programWide).anyMatch(this::has)) {
            return Optional.empty();
        }
        return Optional.of(institutionId()
                .orElseThrow(() -> new ForbiddenException(
                        "An institution token must carry a valid " + INSTITUTION_CLAIM + " claim")));
    }

    /** 403 when the caller, confined for this change, makes it for another institution (creates its record). */
    public void requireActingFor(UUID institutionId, String... programWide) {
        Optional<UUID> own = changeScope(programWide);
        if (own.isPresent() && !own.get().equals(institutionId)) {
            throw new ForbiddenException("An institution may act only for itself");
        }
    }

    /** 404 when the caller, confined for this change, changes another institution's record (ids do not leak). */
    public void requireChangeable(UUID institutionId, String resource, Object id, String... programWide) {
        Optional<UUID> own = changeScope(programWide);
        if (own.isPresent() && !own.get().equals(institutionId)) {
            throw ProblemException.notFound(resource, id);
        }
    }
}
