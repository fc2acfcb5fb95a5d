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
