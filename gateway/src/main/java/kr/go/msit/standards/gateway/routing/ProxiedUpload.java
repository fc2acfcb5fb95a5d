package kr.go.msit.standards.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * The caller's body on its way to the service: whether one comes, held unread until the service is reached, then
 * passed on at the pace the service takes it. Used by one {@link ProxiedExchange}, on its event loop; the exchange
 * decides when the whole exchange is over, this class only what happens to the body.
 */
final class ProxiedUpload {

    private final HttpServerRequest in;
    private final Vertx vertx;
    private final long bodyTimeoutMillis;
    private final ProxiedExchange exchange;
    private boolean hasBody;
    /** An HTTP/2 caller's stream ended with its HEADERS (seen just after them). */
    private boolean headersEnded;
    /** The first piece of a body whose headers did not say one comes (HTTP/2), held until the service is reached. */
    private Buffer firstPiece;

    private HttpClientRequest request;
    private boolean uploaded;
    private boolean awaitingService;
    /** The caller's clock: runs while the next piece of its body is the caller's to send. */
    private long callerTimer = -1;

    ProxiedUpload(HttpServerRequest in, Vertx vertx, long bodyTimeoutMillis, ProxiedExchange exchange) {
        this.in = in;
        this.vertx = vertx;
        this.bodyTimeoutMillis = bodyTimeoutMillis;
        this.exchange = exchange;
    }

    /** Learns whether a body comes, then has the exchange reach the service (once it is known). */
    void begin() {
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean unframed = length == null && in.version() == HttpVersion.HTTP_2 && !in.isEnded();
        if (unframed && !expectsContinue()) {
            awaitBodyOrEnd();
            return;
        }
        if (unframed) {
            awaitEndOfHeaders();
            return;
        }
        // a caller that expects 100-continue has a body and waits for the 100 before it sends any of it: waiting
        // for its first DATA instead, the proxy and the caller waited for each other until the idle timeout
        hasBody = unframed
                || in.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || length != null && !length.equals("0");
        if (hasBody) {
            // the body waits, unread, until it can flow to the service
            in.pause();
        }
        exchange.open(!hasBody);
    }

    /**
     * HTTP/2 needs neither a length nor chunks for a body, and its stream's end comes after its headers are handled
     * (even when the HEADERS frame ended the stream): whether a body comes is known at the first DATA or at the end.
     * Taken as bodiless, such a body was dropped and the service answered as if none had been sent.
     */
    private void awaitBodyOrEnd() {
        awaitCaller();
        in.handler(piece -> {
            if (exchange.finished() || hasBody) {
                return;
            }
            stopWaiting(); // reaching the service is not the caller's wait
            in.pause();
            firstPiece = piece;
            hasBody = true;
            exchange.open(false);
        });
        in.endHandler(end -> {
            stopWaiting();
            if (!exchange.finished() && !hasBody) {
                exchange.open(true);
            }
        });
        in.exceptionHandler(broken -> exchange.callerLeft());
    }

    /**
     * An HTTP/2 caller that expects 100-continue sends no DATA before the 100, so the first DATA cannot tell whether a
     * body comes; its HEADERS may have ended the stream, which is learnt just after they are handled. Looked at once
     * they are: ended, the request is bodiless (no 100, nothing chunked to the service); otherwise a body comes after
     * the 100, sent once the service is reached. (Taken as a body at once, a request whose HEADERS ended its stream
     * got a 100 it did not need and reached the service as an empty chunked body.)
     */
    private void awaitEndOfHeaders() {
        in.endHandler(end -> headersEnded = true);
        in.exceptionHandler(broken -> exchange.callerLeft());
        vertx.runOnContext(next -> {
            if (exchange.finished()) {
                return;
            }
            hasBody = !headersEnded && !in.isEnded();
            if (hasBody) {
                in.pause();
            }
            exchange.open(!hasBody);
        });
    }

    /** Sends the body (or its absence) to the service's {@code request}, the 100 first if the caller waits for it. */
    void sendTo(HttpClientRequest request, HttpServerResponse out) {
        this.request = request;
        if (!hasBody) {
            request.end();
            uploaded = true;
            return;
        }
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            request.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            request.setChunked(true);
        }
        in.handler(this::upload);
        in.endHandler(end -> {
            stopWaiting();
            if (!exchange.finished()) {
                request.end();
                uploaded = true;
                exchange.uploaded();
            }
        });
        in.exceptionHandler(broken -> exchange.callerLeft());
        if (expectsContinue()) {
            // the caller waits for this before it sends the body (curl, for one, waits a second without it)
            out.writeContinue();
        }
        if (firstPiece != null) {
            Buffer first = firstPiece;
            firstPiece = null;
            upload(first);
            if (awaitingService) {
                return; // resumed when the service has taken it
            }
        }
        awaitCaller();
        in.resume();
    }

    /** A piece of the caller's body, passed on at the pace the service takes it. */
    private void upload(Buffer chunk) {
        if (exchange.finished()) {
            return;
        }
        request.write(chunk);
        if (request.writeQueueFull()) {
            // the service's wait, not the caller's: the service's own clock bounds it
            stopWaiting();
            in.pause();
            awaitingService = true;
            request.drainHandler(drained -> {
                awaitingService = false;
                awaitCaller();
                in.resume();
            });
        } else {
            awaitCaller();
        }
    }

    /** (Re)starts the caller's clock: the next piece of its body, or its end, must come within the body timeout. */
    private void awaitCaller() {
        stopWaiting();
        callerTimer = vertx.setTimer(bodyTimeoutMillis, expired -> {
            callerTimer = -1;
            exchange.callerStalled(bodyTimeoutMillis);
        });
    }

    private void stopWaiting() {
        if (callerTimer >= 0) {
            vertx.cancelTimer(callerTimer);
            callerTimer = -1;
        }
    }

    /**
     * The rest of the caller's body is not wanted: an HTTP/1.1 connection cannot carry another request, and is
     * closed once the answer is out (left open, it waited for a body that was never coming until the idle timeout).
     * HTTP/2 has no {@code Connection} header: the stream alone ends.
     */
    void closeAfterAnswer(RoutingContext rc) {
        if (in.version() != HttpVersion.HTTP_2) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            rc.addEndHandler(answered -> in.connection().close());
        }
    }

    /** Whether the caller has a body that has not all gone to the service. */
    boolean unfinished() {
        return hasBody && !uploaded;
    }

    /** Whether the wait is the caller's: it is still sending, and the service takes what it sends. */
    boolean callerSending() {
        return !uploaded && !awaitingService;
    }

    /** The exchange is over: whatever is left of the caller's body is read and dropped. */
    void drop() {
        stopWaiting();
        if (unfinished()) {
            try {
                in.resume();
            } catch (IllegalStateException streamReset) {
                // the caller reset its HTTP/2 stream: nothing is left to read. Thrown, it skipped the reset of the
                // service's request that follows, which then waited for the rest of the body and held its
                // connection for good (120 cancelled uploads took every connection to projects-service)
            }
        }
    }

    private boolean expectsContinue() {
        return "100-continue".equalsIgnoreCase(in.getHeader(HttpHeaders.EXPECT));
    }
}
