package kr.go.msit.standards.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import kr.go.msit.standards.platform.problem.ProblemResponses;

/**
 * The gateway's calls to the services, for the proxy and the composed views alike, and one way to say why a call
 * failed. Each event loop has its own Vert.x HTTP client (and connection pool) per service, so a call made on an
 * event loop runs on connections of that loop and never hands its request or its answer to another thread (one
 * shared pool lends a connection opened by one loop to a request of another, and every event of that request then
 * crosses between the two). The service's {@code gateway.services.<name>.max-connections} is shared out between
 * the loops; a call made off the event loops (none today) has a client of its own with all of them.
 */
@ApplicationScoped
public class Upstreams {

    /** Why a call failed, as the caller's problem or {@code degraded} entry says it. */
    public enum Failure {
        UNREACHABLE,
        TIMEOUT,
        OTHER;

        public static Failure of(Throwable failure) {
            Throwable cause = cause(failure);
            if (cause instanceof Unreachable) {
                return UNREACHABLE;
            }
            return cause instanceof TimedOut ? TIMEOUT : OTHER;
        }
    }

    /** No connection to the service: refused, unknown host, or none free within the connect timeout. */
    public static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.toString(), cause, false, false);
        }
    }

    /** The service did not give its whole answer within its timeout. */
    public static final class TimedOut extends RuntimeException {
        public TimedOut(Routes.Target target) {
            super(target.name() + " did not answer within " + target.timeout().toMillis() + " ms", null, false, false);
        }
    }

    /** A service's whole answer; {@code peerAtFault} as {@link Circuit#record} takes it. */
    public record Answer(int status, Buffer body, boolean peerAtFault) {}

    /** The key of the client for calls made off the event loops. */
    private static final Thread OFF_THE_LOOPS = new Thread("off-the-event-loops");

    private final Vertx vertx;
    private final int eventLoops;
    /** Per service, per event-loop thread (or {@link #OFF_THE_LOOPS}). */
    private final Map<String, Map<Thread, HttpClient>> clients = new ConcurrentHashMap<>();

    public Upstreams(Vertx vertx) {
        this.vertx = vertx;
        int loops = 0;
        for (var ignored : vertx.nettyEventLoopGroup()) {
            loops++;
        }
        this.eventLoops = Math.max(loops, 1);
    }

    /**
     * A request to the service on one of its pooled connections, with the given headers, nothing sent yet. Fails with
     * {@link Unreachable} when no connection can be had within the service's connect timeout.
     */
    public Future<HttpClientRequest> open(
            Routes.Target target, HttpMethod method, String pathAndQuery, MultiMap headers) {
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setHost(target.baseUrl().getHost())
                .setPort(port(target))
                .setSsl("https".equals(target.baseUrl().getScheme()))
                .setURI(target.baseUrl().getRawPath() + pathAndQuery)
                .setHeaders(headers)
                .setConnectTimeout(target.connectTimeout().toMillis())
                .setFollowRedirects(false);
        return client(target).request(options).recover(failure -> Future.failedFuture(new Unreachable(failure)));
    }

    /** Calls {@code expired} once {@code millis} have passed, unless {@link #cancel(long)} is called first. */
    public long after(long millis, Handler<Long> expired) {
        return vertx.setTimer(millis, expired);
    }

    public void cancel(long timer) {
        vertx.cancelTimer(timer);
    }

    /**
     * A GET and its whole answer within the service's timeout: a service whose headers come at once and whose body
     * trickles fails with {@link TimedOut} all the same.
     */
    public CompletableFuture<Answer> get(Routes.Target target, String pathAndQuery, MultiMap headers) {
        Promise<Answer> answer = Promise.promise();
        open(target, HttpMethod.GET, pathAndQuery, headers)
                .onFailure(answer::tryFail)
                .onSuccess(request -> {
                    long timer = after(target.timeout().toMillis(), expired -> {
                        if (answer.tryFail(new TimedOut(target))) {
                            request.reset();
                        }
                    });
                    // a failure of the request fails the answer; handled, Vert.x does not log it at ERROR as well
                    request.exceptionHandler(answer::tryFail);
                    request.send()
                            .compose(response -> response.body()
                                    .map(body -> new Answer(
                                            response.statusCode(),
                                            body,
                                            response.headers().contains(ProblemResponses.FAILED_PEER))))
                            .onComplete(done -> {
                                cancel(timer);
                                if (done.succeeded()) {
                                    answer.tryComplete(done.result());
                                } else {
                                    answer.tryFail(done.cause());
                                }
                            });
                });
        return answer.future().toCompletionStage().toCompletableFuture();
    }

    /** The failure itself, unwrapped from a future's {@link CompletionException}. */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private HttpClient client(Routes.Target target) {
        Thread loop = Context.isOnEventLoopThread() ? Thread.currentThread() : OFF_THE_LOOPS;
        return clients.computeIfAbsent(target.name(), name -> new ConcurrentHashMap<>())
                .computeIfAbsent(loop, ignored -> newClient(target, loop));
    }

    private HttpClient newClient(Routes.Target target, Thread loop) {
        // the service's connections shared out between the loops, rounded up
        int maxConnections = loop == OFF_THE_LOOPS
                ? target.maxConnections()
                : (target.maxConnections() + eventLoops - 1) / eventLoops;
        return vertx.httpClientBuilder()
                .with(new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setKeepAlive(true)
                        .setConnectTimeout((int) target.connectTimeout().toMillis())
                        .setName(target.name()))
                .with(new PoolOptions().setHttp1MaxSize(maxConnections))
                .build();
    }

    private static int port(Routes.Target target) {
        int port = target.baseUrl().getPort();
        return port > 0 ? port : "https".equals(target.baseUrl().getScheme()) ? 443 : 80;
    }

    @PreDestroy
    void close() {
        clients.values().forEach(perLoop -> perLoop.values().forEach(HttpClient::close));
        clients.clear();
    }
}
