package kr.go.msit.standards.gateway.routing;

import io.vertx.core.AsyncResult;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.web.RequestIds;

/**
 * One request through the {@link Proxy} and its answer: the request body streamed up with back-pressure, the answer
 * held up to the response buffer then streamed, the service's clock, and every way it can fail turned into exactly one
 * outcome for the caller. Every callback runs on the event loop of the caller's request, so its state needs no
 * locking; {@code finished} makes sure the caller gets exactly one outcome.
 */
final class ProxiedExchange {

    /** Methods that change nothing, so a request that could not get a connection may be tried once more. */
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ProblemResponses problems;
    private final Upstreams upstreams;

    private final RoutingContext rc;
    private final HttpServerRequest in;
    private final HttpServerResponse out;
    private final Routes.Target target;
    private final String requestId;
    private boolean hasBody;
    /** The first piece of a body whose headers did not say one comes (HTTP/2), held until the service is reached. */
    private Buffer firstPiece;

    private final ProxiedAnswer answer;
    private HttpClientRequest request;
    private HttpClientResponse response;
    private long timer = -1;
    private boolean uploaded;
    private boolean awaitingService;
    private boolean finished;

    ProxiedExchange(
            RoutingContext rc,
            Routes.Target target,
            ProblemResponses problems,
            Upstreams upstreams,
            long responseBuffer,
            String publicBase) {
        this.problems = problems;
        this.upstreams = upstreams;
        this.rc = rc;
        this.in = rc.request();
        this.out = rc.response();
        this.target = target;
        this.requestId = rc.get(RequestIds.KEY);
        this.answer = new ProxiedAnswer(in.method(), out, responseBuffer, publicBase);
    }

    void start() {
        long now = System.nanoTime();
        if (!target.circuit().allows(now)) {
            out.putHeader("Retry-After", Long.toString(target.circuit().retryAfterSeconds(now)));
            problems.send(rc, ProxyFailures.circuitOpen(target));
            return;
        }
        out.closeHandler(gone -> callerLeft());
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null && in.version() == HttpVersion.HTTP_2 && !in.isEnded()) {
            awaitBodyOrEnd();
            return;
        }
        hasBody = in.headers().contains(HttpHeaders.TRANSFER_ENCODING) || length != null && !length.equals("0");
        if (hasBody) {
            // the body waits, unread, until it can flow to the service
            in.pause();
        }
        open(SAFE_METHODS.contains(in.method()) && !hasBody);
    }

    /**
     * HTTP/2 needs neither a length nor chunks for a body, and its stream's end comes after its headers are handled
     * (even when the HEADERS frame ended the stream): whether a body comes is known at the first DATA or at the end.
     * Taken as bodiless, such a body was dropped and the service answered as if none had been sent.
     */
    private void awaitBodyOrEnd() {
        in.handler(piece -> {
            if (finished || hasBody) {
                return;
            }
            in.pause();
            firstPiece = piece;
            hasBody = true;
            open(false);
        });
        in.endHandler(end -> {
            if (!finished && !hasBody) {
                open(SAFE_METHODS.contains(in.method()));
            }
        });
        in.exceptionHandler(broken -> callerLeft());
    }

    private void open(boolean mayRetry) {
        String pathAndQuery = in.path() + (in.query() == null ? "" : "?" + in.query());
        upstreams
                .open(target, in.method(), pathAndQuery, ProxyHeaders.toService(in, requestId))
                .onComplete(opened -> {
                    if (opened.succeeded()) {
                        send(opened.result());
                    } else if (mayRetry && !finished) {
                        open(false);
                    } else {
                        failed(opened.cause());
                    }
                });
    }

    private void send(HttpClientRequest opened) {
        request = opened;
        // a failure of the request reaches failed() (once: it is idempotent); handled here, Vert.x does not log
        // it again at ERROR without the request id, as it did for every reset this proxy made itself, including
        // the one just below, for a caller that left while its connection was being opened
        request.exceptionHandler(this::failed);
        if (finished) {
            request.reset();
            return;
        }
        request.response().onComplete(this::answered);
        // the clock runs while the body goes up too: it bounds a service that stops reading it
        startClock();
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
            if (!finished) {
                request.end();
                uploaded = true;
                // from here on the service alone is waited for, for its whole timeout
                startClock();
            }
        });
        in.exceptionHandler(broken -> callerLeft());
        if ("100-continue".equalsIgnoreCase(in.getHeader(HttpHeaders.EXPECT))) {
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
        in.resume();
    }

    /** A piece of the caller's body, passed on at the pace the service takes it. */
    private void upload(Buffer chunk) {
        if (finished) {
            return;
        }
        request.write(chunk);
        if (request.writeQueueFull()) {
            in.pause();
            awaitingService = true;
            request.drainHandler(drained -> {
                awaitingService = false;
                in.resume();
            });
        }
    }

    /**
     * (Re)starts the service's timeout. While the caller is still sending its body, the wait is the caller's, not
     * the service's (a caller that stops sending is bounded by the server's idle timeout); a service that stops
     * taking the body is not.
     */
    private void startClock() {
        if (finished) {
            return;
        }
        if (timer >= 0) {
            upstreams.cancel(timer);
        }
        timer = upstreams.deadline(target, expired -> {
            timer = -1;
            if (!uploaded && !awaitingService) {
                startClock();
            } else {
                failed(new Upstreams.TimedOut(target));
            }
        });
    }

    private void answered(AsyncResult<HttpClientResponse> answered) {
        if (finished) {
            return;
        }
        if (answered.failed()) {
            failed(answered.cause());
            return;
        }
        response = answered.result();
        // counted when the exchange ends (completed, or failed if the answer stalls or breaks off), never on
        // the status line alone
        response.handler(chunk -> {
            if (!finished) {
                answer.received(response, chunk);
            }
        });
        response.endHandler(end -> completed());
        response.exceptionHandler(this::failed);
    }

    private void completed() {
        if (finished) {
            return;
        }
        finish();
        target.circuit()
                .record(
                        response.statusCode(),
                        response.headers().contains(ProblemResponses.FAILED_PEER),
                        System.nanoTime());
        if (hasBody && !uploaded) {
            // the service answered before it had the whole body (413, say): this connection cannot be reused
            request.reset();
        }
        answer.end(response);
    }

    private void callerLeft() {
        if (!finished) {
            finish();
            target.circuit().abandoned();
            if (request != null) {
                request.reset();
            }
        }
    }

    private void finish() {
        finished = true;
        if (timer >= 0) {
            upstreams.cancel(timer);
            timer = -1;
        }
        if (hasBody && !uploaded) {
            try {
                // whatever is left of the caller's body is read and dropped
                in.resume();
            } catch (IllegalStateException streamReset) {
                // the caller reset its HTTP/2 stream: nothing is left to read. Thrown, it skipped the reset of the
                // service's request below, which then waited for the rest of the body and held its connection
                // for good (120 cancelled uploads took every connection to projects-service)
            }
        }
    }

    private void failed(Throwable failure) {
        if (finished) {
            return;
        }
        finish();
        target.circuit().failed(System.nanoTime());
        if (request != null) {
            request.reset();
        }
        ProxyFailures.underRequestId(requestId, () -> {
            if (answer.committed()) {
                ProxyFailures.brokeOff(target, in, failure);
                out.reset();
                return;
            }
            if (hasBody && !uploaded) {
                // the rest of the caller's body is not wanted: the connection cannot carry another request
                out.putHeader(HttpHeaders.CONNECTION, "close");
            }
            problems.send(rc, ProxyFailures.describe(target, in, failure));
        });
    }
}
