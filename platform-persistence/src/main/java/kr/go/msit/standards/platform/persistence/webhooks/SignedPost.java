package kr.go.msit.standards.platform.persistence.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kr.go.msit.standards.platform.persistence.events.EventFeed.FeedEvent;
import kr.go.msit.standards.platform.persistence.webhooks.DeliveryLedger.Attempt;

/**
 * One delivery: the event POSTed to the subscription's target, signed as the Standard Webhooks specification says
 * ({@link WebhookSignature}), within the subscriber's timeout, never following a redirect, and not at all when the
 * target now resolves to an address not allowed ({@link TargetGuard}). What {@link DeliveryWorker} sends with.
 */
@ApplicationScoped
public class SignedPost {

    private final SecretBox box;
    private final TargetGuard guard;
    private final WebhookSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public SignedPost(SecretBox box, TargetGuard guard, WebhookSettings settings, ObjectMapper mapper) {
        this.box = box;
        this.guard = guard;
        this.settings = settings;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One POST, signed; refused without a call when the target now resolves to an address not allowed. */
    Attempt send(Subscription s, FeedEvent event) {
        Instant at = Instant.now();
        URI target = URI.create(s.targetUrl());
        Optional<String> refusal = guard.refusal(target);
        if (refusal.isPresent()) {
            return new Attempt(at, Duration.ZERO, "REFUSED", null, refusal.get());
        }
        String id = event.event().id().toString();
        long timestamp = at.getEpochSecond();
        String body;
        try {
            body = mapper.writeValueAsString(event.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a change event", e);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(target)
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                    .header("User-Agent", "kus-webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(id, timestamp, body, s.secrets(box, at)))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        } catch (IllegalArgumentException unusable) {
            return new Attempt(at, Duration.ZERO, "FAILED", null, "the target cannot be called: " + describe(unusable));
        }
        CompletableFuture<HttpResponse<Void>> answer;
        try {
            answer = http.sendAsync(request, STATUS_ONLY);
        } catch (IllegalArgumentException unusable) {
            return new Attempt(at, Duration.ZERO, "FAILED", null, "could not connect: " + describe(unusable));
        }
        try {
            // the request's timeout ends when the status comes (JDK 17); this bounds the whole call besides, so a
            // worker is never held by a subscriber (one that never answers once connected, say)
            HttpResponse<Void> response = answer.get(
                    settings.connectTimeout().plus(settings.timeout()).toMillis(), TimeUnit.MILLISECONDS);
            Duration took = Duration.between(at, Instant.now());
            int status = response.statusCode();
            return status >= 200 && status < 300
                    ? new Attempt(at, took, "DELIVERED", status, null)
                    : new Attempt(at, took, "FAILED", status, "answered " + status);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return timedOut(at);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                return timedOut(at);
            }
            return new Attempt(
                    at,
                    Duration.between(at, Instant.now()),
                    "FAILED",
                    null,
                    "could not connect: " + describe(e.getCause() == null ? e : e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt(at, Duration.between(at, Instant.now()), "FAILED", null, "interrupted");
        }
    }

    private Attempt timedOut(Instant at) {
        return new Attempt(
                at, Duration.between(at, Instant.now()), "FAILED", null, "no answer within " + settings.timeout());
    }

    /**
     * The subscriber's status is its whole answer: its body is not read (the exchange ends when the status comes). A
     * subscriber that sent its status and then trickled a body held a worker, on JDK 17 with no timeout at all: four
     * such subscriptions stopped every delivery of a replica, and then of the next one when their claims lapsed.
     */
    private static final HttpResponse.BodyHandler<Void> STATUS_ONLY = info -> new HttpResponse.BodySubscriber<>() {
        @Override
        public CompletionStage<Void> getBody() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {}

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
    };

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
