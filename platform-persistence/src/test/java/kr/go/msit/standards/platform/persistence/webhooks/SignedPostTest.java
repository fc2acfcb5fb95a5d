package kr.go.msit.standards.platform.persistence.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnection;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A subscriber's answer that ended before it was read is still its answer. A 503 without a body could end before
 * the handler was set, Vert.x then refused the handler ("Response already ended"), and the attempt was recorded as
 * "could not connect" (WebhookTest saw it now and then on a loaded machine).
 */
class SignedPostTest {

    @Test
    void anAnswerThatEndedBeforeItWasReadIsItsStatus() {
        AtomicBoolean closed = new AtomicBoolean();
        HttpConnection connection = proxy(HttpConnection.class, (name, args) -> {
            if (name.equals("close")) {
                closed.set(true);
            }
            return null;
        });
        HttpClientRequest request =
                proxy(HttpClientRequest.class, (name, args) -> name.equals("connection") ? connection : null);
        HttpClientResponse ended = proxy(HttpClientResponse.class, (name, args) -> switch (name) {
            case "statusCode" -> 503;
            case "request" -> request;
            case "exceptionHandler" -> throw new IllegalStateException("Response already ended");
            default -> null;
        });
        assertEquals(503, SignedPost.answered(ended));
        assertTrue(closed.get(), "the connection is closed");
    }

    @Test
    void aFailureIsToldByItsKindNeverByTheAddressItNames() {
        // Vert.x wraps Netty's AnnotatedConnectException, whose message names the resolved address and port
        Throwable refused = new java.util.concurrent.CompletionException(
                new java.net.ConnectException("Connection refused: /10.0.0.5:8443"));
        assertEquals("the connection was refused", SignedPost.describe(refused));
        assertEquals(
                "the TLS handshake failed (the certificate or the protocol)",
                SignedPost.describe(new javax.net.ssl.SSLHandshakeException(
                        "No subject alternative names matching IP address 10.0.0.5 found")));
        assertEquals(
                "the connection timed out",
                SignedPost.describe(new io.netty.channel.ConnectTimeoutException(
                        "connection timed out after 2000 ms: /10.0.0.5:8443")));
        assertEquals(
                "a network error (unreachable, or the connection was reset)",
                SignedPost.describe(new java.net.SocketException("Network is unreachable: /10.0.0.5:8443")));
        assertEquals(
                "the connection failed",
                SignedPost.describe(new IllegalStateException("failed to reach /10.0.0.5:8443")));
    }

    private interface Answer {
        Object of(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> answer.of(method.getName(), args)));
    }
}
