package kr.go.msit.standards.platform.persistence.webhooks;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.persistence.events.EventCatalog;
import kr.go.msit.standards.platform.persistence.events.EventReader;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;

/**
 * The caller's access to one subscription (what it sees of it) and the one way an owner changes it: every change
 * renews the subscription and binds it to the owner's token as it is now, and is audited. Used by
 * {@link WebhookService} and {@link Redelivery}, inside their transactions.
 */
@ApplicationScoped
public class OwnedSubscriptions {

    private final Subscriptions subscriptions;
    private final EventCatalog catalog;
    private final WebhookSettings settings;
    private final Caller caller;
    private final AuditTrail audit;

    public OwnedSubscriptions(
            Subscriptions subscriptions,
            EventCatalog catalog,
            WebhookSettings settings,
            Caller caller,
            AuditTrail audit) {
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.settings = settings;
        this.caller = caller;
        this.audit = audit;
    }

    /** The owner's subscription, or any for an auditor (read only); 404 otherwise, so ids do not leak. */
    Subscription visible(UUID id, boolean lock) {
        Subscription s =
                subscriptions.find(id, lock).orElseThrow(() -> ProblemException.notFound(WebhookService.RESOURCE, id));
        if (!s.ownerSubject().equals(caller.subject()) && !caller.has(Roles.AUDITOR)) {
            throw ProblemException.notFound(WebhookService.RESOURCE, id);
        }
        return s;
    }

    /** The subscription as the caller sees it: in full for its owner, its target's origin only for an auditor. */
    WebhookView shown(Subscription s) {
        return s.ownerSubject().equals(caller.subject()) ? s.view() : s.view().redacted();
    }

    /** The owner's subscription, locked, at the version {@code If-Match} names; an auditor only reads (403). */
    Subscription changeable(UUID id, String ifMatch) {
        Subscription s = visible(id, true);
        if (!s.ownerSubject().equals(caller.subject())) {
            throw new ForbiddenException("Only its owner changes a subscription");
        }
        ETags.requireMatch(ifMatch, s.version());
        return s;
    }

    /**
     * An owner's change ({@code set}, as {@link Subscriptions#update}): it also renews the subscription for another
     * lifetime and binds it to the roles and institution of the caller's token now. The service learns what its owner
     * may read only from that token, so a subscription no change renews lapses (the worker pauses it, reason expired).
     * A change that lets it deliver again (all but a pause) is refused while it names types the owner may no longer
     * read: bound to roles that may not read them, those types would deliver nothing, and nothing would say so.
     */
    void change(Subscription s, String set, Object... parameters) {
        EventReader owner = EventReader.of(caller);
        requireReadable(s, owner);
        bind(s.id(), owner, set, parameters);
    }

    /** A pause: renews and binds as any change, allowed whatever the owner may read now (it delivers nothing). */
    void pause(Subscription s, String set, Object... parameters) {
        bind(s.id(), EventReader.of(caller), set, parameters);
    }

    private void requireReadable(Subscription s, EventReader owner) {
        List<String> unreadable = s.types().stream()
                .filter(type -> !catalog.readable(owner, type))
                .toList();
        if (!unreadable.isEmpty()) {
            throw ProblemException.businessRule(
                            "event-type-not-readable",
                            "Your roles may no longer read events of type " + String.join(", ", unreadable)
                                    + ", which this subscription delivers; delete it and subscribe again to the types"
                                    + " you may read (pausing it is still allowed)")
                    .with("types", unreadable);
        }
    }

    private void bind(UUID id, EventReader owner, String set, Object... parameters) {
        Object[] all = Arrays.copyOf(parameters, parameters.length + 6);
        all[parameters.length] = "ownerRoles";
        all[parameters.length + 1] = Subscriptions.array(owner.roles());
        all[parameters.length + 2] = "ownerInstitution";
        all[parameters.length + 3] = owner.institution();
        all[parameters.length + 4] = "lifetime";
        all[parameters.length + 5] = settings.lifetime().toSeconds();
        subscriptions.update(
                id,
                set + ", owner_roles = CAST(:ownerRoles AS text[]), owner_institution_id = :ownerInstitution,"
                        + " expires_at = now() + make_interval(secs => :lifetime)",
                all);
    }

    /** The subscription as it is after a change, with the change audited. */
    WebhookView changed(Subscription before, String action) {
        WebhookView after = subscriptions.find(before.id(), false).orElseThrow().view();
        audit.recordPlatform(
                WebhookService.RESOURCE, before.id(), action, before.view().redacted(), after.redacted());
        return after;
    }
}
