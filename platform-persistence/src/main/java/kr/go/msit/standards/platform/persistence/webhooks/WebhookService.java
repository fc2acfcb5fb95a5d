package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.persistence.events.EventCatalog;
import kr.go.msit.standards.platform.persistence.events.EventFeed;
import kr.go.msit.standards.platform.persistence.events.EventReader;
import kr.go.msit.standards.platform.persistence.events.FeedCut;
import kr.go.msit.standards.platform.persistence.events.FeedPosition;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;

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
    private final FeedCut feedCut;
    private final SecretBox box;
    private final TargetGuard guard;
    private final WebhookSettings settings;
    private final Caller caller;
    private final AuditTrail audit;
    private final DeliveryLog log;
    private final OwnedSubscriptions owned;

    public WebhookService(
            Subscriptions subscriptions,
            EventCatalog catalog,
            EventFeed feed,
            FeedCut feedCut,
            SecretBox box,
            TargetGuard guard,
            WebhookSettings settings,
            Caller caller,
            AuditTrail audit,
            DeliveryLog log,
            OwnedSubscriptions owned) {
        this.log = log;
        this.owned = owned;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.feed = feed;
        this.feedCut = feedCut;
        this.box = box;
        this.guard = guard;
        this.settings = settings;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public WebhookView create(WebhookRequest request) {
        EventReader owner = EventReader.of(caller);
        String written = request.targetUrl().strip();
        guard.requireAllowed(written);
        String target = TargetUrl.canonical(written);
        List<String> types = catalog.readableTypes(owner, request.types());
        FeedPosition start = request.after() == null || request.after().isBlank()
                ? feed.horizon()
                : FeedPosition.parse(request.after());
        feed.read(owner, start, List.of(), null, 1); // 400 for a cursor never given, 410 for one retention passed
        // one owner's subscriptions are made one at a time (the lock countOwnedLocked takes below, taken first): a
        // second subscription of one target finds the first, and is answered with its id
        NaturalKeys.claim("webhook-owner", caller.subject());
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
        audit.recordPlatform(RESOURCE, id, "create", null, view.redacted());
        return view.withSecret(secret);
    }

    @Transactional
    public PageView<WebhookView> list(PageRequest page) {
        String owner = caller.has(Roles.AUDITOR) ? null : caller.subject();
        List<WebhookView> items = subscriptions.list(owner, page.page() * page.size(), page.size()).stream()
                .map(owned::shown)
                .toList();
        return new PageView<>(items, page.page(), page.size(), subscriptions.count(owner));
    }

    @Transactional
    public WebhookView get(UUID id) {
        return owned.shown(owned.visible(id, false));
    }

    /**
     * Pause, or resume. A subscription resumed with its cursor behind the feed's retention (paused that long, or
     * paused by the worker for that: {@code cursor-expired}) goes on from the oldest event kept: the owner has seen
     * the reason, and {@code redeliver} cannot reach what was removed.
     */
    @Transactional
    public WebhookView transition(UUID id, WebhookAction action, String ifMatch) {
        Subscription s = owned.changeable(id, ifMatch);
        WebhookStatus next = action.transition().apply(RESOURCE, s.status(), "by owner");
        if (action == WebhookAction.RESUME) {
            FeedPosition cut = feedCut.cut();
            FeedPosition from = s.cursor().max(cut);
            owned.change(
                    s,
                    "status = :status, status_reason = NULL, consecutive_failures = 0, next_attempt_at = now(),"
                            + " cursor_xid = CAST(CAST(:xid AS text) AS xid8), cursor_seq = :seq",
                    "status",
                    next.name(),
                    "xid",
                    from.xid(),
                    "seq",
                    from.seq());
        } else {
            owned.pause(
                    s, "status = :status, status_reason = :reason", "status", next.name(), "reason", "paused by owner");
        }
        return owned.changed(s, action.verb());
    }

    /** Renews the subscription for another lifetime, bound to the owner's roles and institution as they are now. */
    @Transactional
    public WebhookView renew(UUID id, String ifMatch) {
        Subscription s = owned.changeable(id, ifMatch);
        owned.change(s, "status = status");
        return owned.changed(s, "renew");
    }

    /** A new secret, shown once; the old one keeps signing too until the rotation's grace period ends. */
    @Transactional
    public WebhookView rotateSecret(UUID id, String ifMatch) {
        Subscription s = owned.changeable(id, ifMatch);
        String secret = WebhookSignature.newSecret();
        owned.change(
                s,
                "previous_secret = secret, previous_until = :until, secret = :secret",
                "until",
                Timestamp.from(Instant.now().plus(settings.rotationGrace())),
                "secret",
                box.seal(secret));
        return owned.changed(s, "rotate-secret").withSecret(secret);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Subscription s = owned.changeable(id, ifMatch);
        subscriptions.delete(id);
        audit.recordPlatform(
                RESOURCE, id, "delete", s.view().redacted(), s.view().redacted());
    }

    @Transactional
    public PageView<DeliveryView> deliveries(UUID id, PageRequest page) {
        owned.visible(id, false);
        return log.page(id, page);
    }
}
