package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.persistence.events.EventCatalog;
import kr.go.msit.standards.platform.persistence.events.EventFeed;
import kr.go.msit.standards.platform.persistence.events.EventReader;
import kr.go.msit.standards.platform.persistence.events.FeedPosition;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;

/**
 * Webhook subscriptions: made, read and changed by their owner (an auditor reads every one). Events are delivered
 * as the owner may read them, so a subscription is for the types its owner may read.
 */
@ApplicationScoped
public class WebhookService {

    static final String RESOURCE = "webhook";

    private final Subscriptions subscriptions;
    private final EventCatalog catalog;
    private final EventFeed feed;
    private final SecretBox box;
    private final TargetGuard guard;
    private final WebhookSettings settings;
    private final Caller caller;
    private final AuditTrail audit;
    private final EntityManager em;
    private final DeliveryLog log;

    public WebhookService(
            Subscriptions subscriptions,
            EventCatalog catalog,
            EventFeed feed,
            SecretBox box,
            TargetGuard guard,
            WebhookSettings settings,
            Caller caller,
            AuditTrail audit,
            EntityManager em,
            DeliveryLog log) {
        this.log = log;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.feed = feed;
        this.box = box;
        this.guard = guard;
        this.settings = settings;
        this.caller = caller;
        this.audit = audit;
        this.em = em;
    }

    @Transactional
    public WebhookView create(WebhookRequest request) {
        EventReader owner = EventReader.of(caller);
        String target = request.targetUrl().strip();
        guard.requireAllowed(target);
        List<String> types = catalog.readableTypes(owner, request.types());
        FeedPosition start = request.after() == null || request.after().isBlank()
                ? feed.horizon()
                : FeedPosition.parse(request.after());
        feed.read(owner, start, List.of(), null, 1); // 400 for a cursor never given, 410 for one retention passed
        subscriptions.findByTarget(caller.subject(), target).ifPresent(existing -> {
            throw ProblemException.conflict("You already subscribe " + target + " (subscription " + existing
                            + "); rotate its secret if you lost it")
                    .with("existingId", existing.toString());
        });
        if (subscriptions.countOwnedLocked(caller.subject()) >= settings.maxPerOwner()) {
            throw ProblemException.businessRule(
                    "subscription-limit",
                    "You hold " + settings.maxPerOwner() + " subscriptions in this service, the most one caller may;"
                            + " delete one, or subscribe one target to several types");
        }
        String secret = WebhookSignature.newSecret();
        UUID id = UUID.randomUUID();
        subscriptions.insert(new Subscription(
                id,
                target,
                types,
                request.description(),
                caller.subject(),
                owner.roles(),
                owner.institution(),
                box.seal(secret),
                null,
                null,
                WebhookStatus.ACTIVE,
                null,
                start,
                0,
                null,
                Instant.now().plus(settings.lifetime()),
                0,
                null,
                null));
        WebhookView view = subscriptions.find(id, false).orElseThrow().view();
        audit.recordPlatform(RESOURCE, id, "create", null, view);
        return view.withSecret(secret);
    }

    @Transactional
    public PageView<WebhookView> list(PageRequest page) {
        String owner = caller.has(Roles.AUDITOR) ? null : caller.subject();
        List<WebhookView> items = subscriptions.list(owner, page.page() * page.size(), page.size()).stream()
                .map(Subscription::view)
                .toList();
        return new PageView<>(items, page.page(), page.size(), subscriptions.count(owner));
    }

    @Transactional
    public WebhookView get(UUID id) {
        return visible(id, false).view();
    }

    /**
     * Pause, or resume. A subscription resumed with its cursor behind the feed's retention (paused that long, or
     * paused by the worker for that: {@code cursor-expired}) goes on from the oldest event kept: the owner has seen
     * the reason, and {@code redeliver} cannot reach what was removed.
     */
    @Transactional
    public WebhookView transition(UUID id, WebhookAction action, String ifMatch) {
        Subscription s = changeable(id, ifMatch);
        WebhookStatus next = action.transition().apply(RESOURCE, s.status(), "by owner");
        if (action == WebhookAction.RESUME) {
            FeedPosition cut = feed.cut();
            FeedPosition from = s.cursor().max(cut);
            ownerChange(
                    id,
                    "status = :status, status_reason = NULL, consecutive_failures = 0, next_attempt_at = now(),"
                            + " cursor_xid = CAST(CAST(:xid AS text) AS xid8), cursor_seq = :seq",
                    "status",
                    next.name(),
                    "xid",
                    from.xid(),
                    "seq",
                    from.seq());
        } else {
            ownerChange(
                    id,
                    "status = :status, status_reason = :reason",
                    "status",
                    next.name(),
                    "reason",
                    "paused by owner");
        }
        return changed(s, action.verb());
    }

    /** Renews the subscription for another lifetime, bound to the owner's roles and institution as they are now. */
    @Transactional
    public WebhookView renew(UUID id, String ifMatch) {
        Subscription s = changeable(id, ifMatch);
        ownerChange(id, "status = status");
        return changed(s, "renew");
    }

    /** A new secret, shown once; the old one keeps signing too until the rotation's grace period ends. */
    @Transactional
    public WebhookView rotateSecret(UUID id, String ifMatch) {
        Subscription s = changeable(id, ifMatch);
        String secret = WebhookSignature.newSecret();
        ownerChange(
                id,
                "previous_secret = secret, previous_until = :until, secret = :secret",
                "until",
                Timestamp.from(Instant.now().plus(settings.rotationGrace())),
                "secret",
                box.seal(secret));
        return changed(s, "rotate-secret").withSecret(secret);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Subscription s = changeable(id, ifMatch);
        subscriptions.delete(id);
        audit.recordPlatform(RESOURCE, id, "delete", s.view(), s.view());
    }

    /** One event delivered again (ahead of the rest), or everything after a cursor (the cursor moves back). */
    @Transactional
    public WebhookView redeliver(UUID id, String ifMatch, RedeliverRequest request) {
        boolean one = request.eventId() != null;
        boolean after = request.after() != null && !request.after().isBlank();
        if (one == after) {
            throw ProblemException.invalid(
                    "Give eventId or after, not both",
                    List.of(new Problem.FieldError("eventId", "give eventId or after, not both")));
        }
        Subscription s = changeable(id, ifMatch);
        if (one) {
            boolean deliverable = feed.find(EventReader.of(caller), request.eventId())
                    .filter(found -> s.types().isEmpty()
                            || s.types().contains(found.event().type()))
                    .isPresent();
            if (!deliverable) {
                throw ProblemException.businessRule(
                        "unknown-event", "No event " + request.eventId() + " this subscription delivers");
            }
            em.createNativeQuery("""
                    INSERT INTO webhook_redelivery (subscription_id, event_id) VALUES (:id, :event)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("id", id)
                    .setParameter("event", request.eventId())
                    .executeUpdate();
            ownerChange(id, "next_attempt_at = LEAST(next_attempt_at, now())");
        } else {
            FeedPosition from = FeedPosition.parse(request.after());
            feed.read(EventReader.of(caller), from, List.of(), null, 1); // 410 when retention removed what follows
            ownerChange(
                    id,
                    "cursor_xid = CAST(CAST(:xid AS text) AS xid8), cursor_seq = :seq, next_attempt_at = now()",
                    "xid",
                    from.xid(),
                    "seq",
                    from.seq());
        }
        return changed(s, "redeliver");
    }

    @Transactional
    public PageView<DeliveryView> deliveries(UUID id, PageRequest page) {
        visible(id, false);
        return log.page(id, page);
    }

    /**
     * An owner's change ({@code set}, as {@link Subscriptions#update}): it also renews the subscription for another
     * lifetime and binds it to the roles and institution of the caller's token now. The service learns what its owner
     * may read only from that token, so a subscription no change renews lapses (the worker pauses it, reason expired).
     */
    private void ownerChange(UUID id, String set, Object... parameters) {
        EventReader owner = EventReader.of(caller);
        Object[] all = java.util.Arrays.copyOf(parameters, parameters.length + 6);
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

    private WebhookView changed(Subscription before, String action) {
        WebhookView after = subscriptions.find(before.id(), false).orElseThrow().view();
        audit.recordPlatform(RESOURCE, before.id(), action, before.view(), after);
        return after;
    }

    /** The owner's subscription, or any for an auditor (read only); 404 otherwise, so ids do not leak. */
    private Subscription visible(UUID id, boolean lock) {
        Subscription s = subscriptions.find(id, lock).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        if (!s.ownerSubject().equals(caller.subject()) && !caller.has(Roles.AUDITOR)) {
            throw ProblemException.notFound(RESOURCE, id);
        }
        return s;
    }

    /** The owner's subscription, locked, at the version {@code If-Match} names; an auditor only reads (403). */
    private Subscription changeable(UUID id, String ifMatch) {
        Subscription s = visible(id, true);
        if (!s.ownerSubject().equals(caller.subject())) {
            throw new io.quarkus.security.ForbiddenException("Only its owner changes a subscription");
        }
        ETags.requireMatch(ifMatch, s.version());
        return s;
    }
}
