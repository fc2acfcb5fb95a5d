package kr.go.msit.standards.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The gateway's calls to the services, for the proxy and the composed views alike: one HTTP client (and connection
 * pool) per service, and one way to call it, bounded as a whole by the service's timeout.
 */
@ApplicationScoped
public class Upstreams {

    /** Why a call failed, as the caller's problem or {@code degraded} entry says it. */
    public enum Failure {
        UNREACHABLE, TIMEOUT, OTHER;

        public static Failure of(Throwable failure) {
            Throwable cause = cause(failure);
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
                    || cause instanceof ClosedChannelException) {
                return UNREACHABLE;
            }
            if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
                return TIMEOUT;
            }
            return OTHER;
        }
    }

    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    /**
     * One request and its whole answer within the service's timeout: the HTTP client's own timeout stops at the
     * response headers, and a body that trickles must not hold the caller longer than that either.
     */
    public CompletableFuture<HttpResponse<byte[]>> exchange(Routes.Target target, HttpRequest request) {
        return client(target).sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(target.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The failure itself, unwrapped from the future's {@link CompletionException}. */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private HttpClient client(Routes.Target target) {
        return clients.computeIfAbsent(target.name(), name -> HttpClient.newBuilder()
                .connectTimeout(target.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }
}
