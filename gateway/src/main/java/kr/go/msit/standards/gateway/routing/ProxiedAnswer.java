package kr.go.msit.standards.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;

/**
 * The service's answer on its way to the caller: held until it is larger than the response buffer (so that a
 * service failing early still becomes one clean problem), then streamed with back-pressure. Used by one
 * {@link ProxiedExchange}, on its event loop.
 */
final class ProxiedAnswer {

    private final HttpMethod method;
    private final HttpServerResponse out;
    private final long responseBuffer;
    private final String publicBase;
    private Buffer held = Buffer.buffer();
    private boolean committed;
    private final ServiceClock clock;

    ProxiedAnswer(
            HttpMethod method, HttpServerResponse out, long responseBuffer, String publicBase, ServiceClock clock) {
        this.clock = clock;
        this.method = method;
        this.out = out;
        this.responseBuffer = responseBuffer;
        this.publicBase = publicBase;
    }

    /** Whether the status and headers have gone to the caller: from then on a failure can only cut the connection. */
    boolean committed() {
        return committed;
    }

    /** A piece of the service's body. */
    void received(HttpClientResponse response, Buffer chunk) {
        Buffer next = chunk;
        if (!committed) {
            held.appendBuffer(chunk);
            if (held.length() <= responseBuffer) {
                return;
            }
            commit(response);
            next = held;
            held = null;
        }
        out.write(next);
        if (out.writeQueueFull()) {
            // the wait is now the caller's: the service's clock stands still until the caller takes what it was sent
            response.pause();
            clock.pause();
            out.drainHandler(drained -> {
                clock.resume();
                response.resume();
            });
        }
    }

    /** The service's answer is complete. */
    void end(HttpClientResponse response) {
        if (committed) {
            out.end();
            return;
        }
        ProxyHeaders.toCaller(response, out, publicBase);
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (method == HttpMethod.HEAD && length != null) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, length);
            out.end();
        } else {
            out.end(held);
        }
    }

    /** Sends the status and headers (the service's length when it gave one, chunked otherwise): it streams from here. */
    private void commit(HttpClientResponse response) {
        committed = true;
        ProxyHeaders.toCaller(response, out, publicBase);
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            out.setChunked(true);
        }
    }
}
