package kr.go.msit.standards.platform.persistence.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import kr.go.msit.standards.platform.persistence.events.EventFeed.FeedEvent;
import kr.go.msit.standards.platform.persistence.webhooks.DeliveryLedger.Attempt;

/**
 * One delivery: the event POSTed to the subscription's target, signed as the Standard Webhooks specification says
 * ({@link WebhookSignature}), within the subscriber's timeout, never following a redirect, and not at all when the
 * target now resolves to an address not allowed ({@link TargetGuard}). The connection goes to the address the guard
 * checked (the request still names the target's host, for its TLS certificate and virtual host): resolving the host
 * again to connect let a DNS answer that changed in between (rebinding) reach inside the network. What
 * {@link DeliveryWorker} sends with.
 */
@ApplicationScoped
public class SignedPost {

    private final SecretBox box;
    private final TargetGuard guard;
    private final WebhookSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public SignedPost(SecretBox box, TargetGuard guard, WebhookSettings settings, ObjectMapper mapper, Vertx vertx) {
        this.box = box;
        this.guard = guard;
        this.settings = settings;
        this.mapper = mapper;
        // one connection per delivery, closed once the status has come; certificates checked against the target's host
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int)
                        Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()))
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setMaxPoolSize(Math.max(1, settings.workers())));
    }

    /** One POST, signed; refused without a call when the target now resolves to an address not allowed. */
    Attempt send(Subscription s, FeedEvent event) {
        Instant at = Instant.now();
        URI target = URI.create(s.targetUrl());
        TargetGuard.Verdict verdict = guard.check(target);
        if (!verdict.allowed()) {
            return new Attempt(at, Duration.ZERO, "REFUSED", null, verdict.refusal());
        }
        String id = event.event().id().toString();
        long timestamp = at.getEpochSecond();
        String body;
        try {
            body = mapper.writeValueAsString(event.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a change event", e);
        }
        // outside the try below: a secret that does not open is the service's failure, not the target's
        String signature = WebhookSignature.header(id, timestamp, body, s.secrets(box, at));
        RequestOptions request;
        try {
            request = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setAbsoluteURI(target.toASCIIString())
                    .setFollowRedirects(false)
                    .setIdleTimeout(settings.timeout().toMillis())
                    .putHeader("Content-Type", "application/cloudevents+json; charset=utf-8")
                    .putHeader("User-Agent", "kus-webhooks/1")
                    .putHeader("webhook-id", id)
                    .putHeader("webhook-timestamp", Long.toString(timestamp))
                    .putHeader("webhook-signature", signature);
            request.setServer(SocketAddress.inetSocketAddress(
                    request.getPort(), verdict.address().getHostAddress()));
        } catch (RuntimeException unusable) { // setAbsoluteURI: a URL it cannot take (IllegalArgument, VertxException)
            return new Attempt(
                    at, Duration.ZERO, "FAILED", null, "the target cannot be called: the client does not take its URL");
        }
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<Integer> answer = http.request(request)
                .compose(outgoing -> {
                    sent.set(outgoing);
                    // a subscriber's misbehaviour (an answer before the request, a connection reset) fails this call
                    // and is logged as its attempt; unhandled, Vert.x logged it at ERROR as if it were the service's
                    outgoing.exceptionHandler(failure -> {});
                    outgoing.connection().exceptionHandler(failure -> {});
                    return outgoing.send(Buffer.buffer(body));
                })
                .map(SignedPost::answered)
                .toCompletionStage()
                .toCompletableFuture();
        try {
            // bounds the whole call besides the idle timeout, so a worker is never held by a subscriber
            int status = answer.get(
                    settings.connectTimeout().plus(settings.timeout()).toMillis(), TimeUnit.MILLISECONDS);
            Duration took = Duration.between(at, Instant.now());
            return status >= 200 && status < 300
                    ? new Attempt(at, took, "DELIVERED", status, null)
                    : new Attempt(at, took, "FAILED", status, "answered " + status);
        } catch (TimeoutException e) {
            abandon(sent.get());
            return timedOut(at);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            abandon(sent.get());
            if (cause instanceof TimeoutException) {
                return timedOut(at);
            }
            return new Attempt(
                    at, Duration.between(at, Instant.now()), "FAILED", null, "could not connect: " + describe(cause));
        } catch (InterruptedException e) {
            abandon(sent.get());
            Thread.currentThread().interrupt();
            return new Attempt(at, Duration.between(at, Instant.now()), "FAILED", null, "interrupted");
        }
    }

    /**
     * The status is the whole answer: the body is not read, and the connection is closed. A short answer (a 503 with
     * no body) may have ended before this runs; Vert.x then refuses the handler with "Response already ended", and the
     * subscriber's answer had been recorded as "could not connect: Response already ended".
     */
    static int answered(HttpClientResponse response) {
        int status = response.statusCode();
        try {
            response.exceptionHandler(closedBeforeItsEnd -> {});
        } catch (IllegalStateException alreadyEnded) {
            // nothing more can come of it
        }
        response.request().connection().close();
        return status;
    }

    /** A call given up on: its connection goes (a subscriber still sending is cut off). */
    private static void abandon(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    private Attempt timedOut(Instant at) {
        return new Attempt(
                at, Duration.between(at, Instant.now()), "FAILED", null, "no answer within " + settings.timeout());
    }

    /**
     * Why a call failed, by the kind of failure only. The failure's own message is not shown: it names the address the
     * host resolved to and its port ("Connection refused: /10.0.0.5:8443"), and the delivery log, which the
     * subscription's owner reads, would map a network to anyone who subscribes a name to it, as the subscription's
     * refusal deliberately does not.
     */
    static String describe(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Map.Entry<Class<? extends Throwable>, String> kind : FAILURE_KINDS) {
                if (kind.getKey().isInstance(cause)) {
                    return kind.getValue();
                }
            }
        }
        return "the connection failed";
    }

    /** Kinds of failure, the narrower first (Netty's connect timeout is a ConnectException, NoRouteToHost a Socket one). */
    private static final List<Map.Entry<Class<? extends Throwable>, String>> FAILURE_KINDS = List.of(
            Map.entry(ConnectTimeoutException.class, "the connection timed out"),
            Map.entry(SocketTimeoutException.class, "the connection timed out"),
            Map.entry(ConnectException.class, "the connection was refused"),
            Map.entry(SslHandshakeTimeoutException.class, "the TLS handshake timed out"),
            Map.entry(NoRouteToHostException.class, "no route to the host"),
            Map.entry(UnknownHostException.class, "the host does not resolve"),
            Map.entry(SSLException.class, "the TLS handshake failed (the certificate or the protocol)"),
            Map.entry(HttpClosedException.class, "the connection closed before an answer"),
            Map.entry(SocketException.class, "a network error (unreachable, or the connection was reset)"));
}
