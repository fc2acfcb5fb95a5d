package kr.go.msit.standards.gateway.routing;

import io.vertx.core.AsyncResult;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.web.RequestIds;

/**
 * One request through the {@link Proxy} and its answer: the connection to the service, its {@link ServiceClock}, and
 * every way it can fail turned into exactly one outcome for the caller. The body goes up in a {@link ProxiedUpload}, the
 * answer comes back in a {@link ProxiedAnswer} (as vertx-http-proxy's {@code ProxiedRequest} and
 * {@code ProxiedResponse}). Every callback runs on the event loop of the caller's request, so its state needs no
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
    private final long bodyTimeoutMillis;

    private final ProxiedUpload upload;
    private final ProxiedAnswer answer;
    private HttpClientRequest request;
    private HttpClientResponse response;
    private final ServiceClock clock;
    private boolean finished;
    /** Whether this exchange is the open circuit's one trial. */
    private boolean trial;

    ProxiedExchange(
            RoutingContext rc,
            Routes.Target target,
            ProblemResponses problems,
            Upstreams upstreams,
            long responseBuffer,
            long bodyTimeoutMillis,
            String publicBase) {
        this.problems = problems;
        this.upstreams = upstreams;
        this.rc = rc;
        this.in = rc.request();
        this.out = rc.response();
        this.target = target;
        this.requestId = rc.get(RequestIds.KEY);
        this.bodyTimeoutMillis = bodyTimeoutMillis;
        this.upload = new ProxiedUpload(in, rc.vertx(), bodyTimeoutMillis, this);
        this.clock = new ServiceClock(
                upstreams,
                target,
                upload,
                bodyTimeoutMillis,
                () -> failed(new Upstreams.TimedOut(target)),
                this::callerNotReading);
        this.answer = new ProxiedAnswer(in.method(), out, responseBuffer, publicBase, clock);
    }

    void start() {
        long now = System.nanoTime();
        Circuit.Admission admission = target.circuit().admit(now);
        trial = admission == Circuit.Admission.TRIAL;
        if (admission == Circuit.Admission.REFUSED) {
            out.putHeader("Retry-After", Long.toString(target.circuit().retryAfterSeconds(now)));
            problems.send(rc, ProxyFailures.circuitOpen(target));
            return;
        }
        out.closeHandler(gone -> callerLeft());
        upload.begin();
    }

    boolean finished() {
        return finished;
    }

    /**
     * Reaches the service; a request that could not get a connection is tried once more when {@code mayRetry} and
     * its method changes nothing.
     */
    void open(boolean mayRetry) {
        boolean retry = mayRetry && SAFE_METHODS.contains(in.method());
        String pathAndQuery = in.path() + (in.query() == null ? "" : "?" + in.query());
        upstreams
                .open(target, in.method(), pathAndQuery, ProxyHeaders.toService(in, requestId))
                .onComplete(opened -> {
                    if (opened.succeeded()) {
                        send(opened.result());
                    } else if (retry && !finished) {
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
        upload.sendTo(request, out);
    }

    /** The whole body has gone to the service: from here on the service alone is waited for, for its whole timeout. */
    void uploaded() {
        startClock();
    }

    /** (Re)starts the service's timeout ({@link ServiceClock}: the service's time only). */
    private void startClock() {
        if (!finished) {
            clock.restart();
        }
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
        countAnswer();
        if (upload.unfinished()) {
            // the service answered before it had the whole body (413, say): this connection cannot be reused
            request.reset();
        }
        answer.end(response);
    }

    /** The service answered: its circuit counts the status (a 503 it marks as a peer's failure is no failure of its). */
    private void countAnswer() {
        target.circuit()
                .record(
                        response.statusCode(),
                        response.headers().contains(ProblemResponses.FAILED_PEER),
                        System.nanoTime());
    }

    void callerLeft() {
        if (!finished) {
            abandon();
        }
    }

    /** Ends an exchange the caller gave up on: the service's request is dropped, its circuit counts nothing. */
    private void abandon() {
        finish();
        target.circuit().abandoned(trial);
        if (request != null) {
            request.reset();
        }
    }

    /**
     * The caller sent no part of its body for the body timeout: 408, and the service's request is dropped. The
     * service is not at fault, so its circuit counts nothing (a trial request is given back).
     */
    void callerStalled(long waitedMillis) {
        if (finished) {
            return;
        }
        abandon();
        ProxyFailures.underRequestId(requestId, () -> {
            ProblemException stalled = ProxyFailures.callerStalled(in, waitedMillis);
            if (answer.committed()) {
                out.reset();
                return;
            }
            upload.closeAfterAnswer(rc);
            problems.send(rc, stalled);
        });
    }

    /**
     * The caller took nothing of the answer for the body timeout (a window it never opens): cut. The service
     * answered, so its circuit counts its status, never a time-out: counted as the service's time-out, six such
     * streams opened its circuit for everyone.
     */
    private void callerNotReading() {
        finish();
        countAnswer();
        request.reset();
        ProxyFailures.underRequestId(requestId, () -> {
            ProxyFailures.callerNotReading(target, in, bodyTimeoutMillis);
            out.reset();
        });
    }

    private void finish() {
        finished = true;
        clock.stop();
        upload.drop();
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
            if (upload.unfinished()) {
                upload.closeAfterAnswer(rc);
            }
            problems.send(rc, ProxyFailures.describe(target, in, failure));
        });
    }
}
