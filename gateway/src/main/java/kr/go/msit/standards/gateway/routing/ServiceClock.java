package kr.go.msit.standards.gateway.routing;

/**
 * The service's timeout for one {@link ProxiedExchange}, and whose wait it was when it ran out. While the caller is
 * still sending its body, the wait is the caller's, not the service's (a caller that stops sending is bounded by the
 * body timeout), and the clock starts again; a service that stops taking the body is at fault. So is a service that
 * stops answering, but not a caller that stops reading the answer: when the time is up while the answer waits for
 * the caller to take it, the exchange is the caller's to lose. Used on the exchange's event loop.
 */
final class ServiceClock {

    private final Upstreams upstreams;
    private final Routes.Target target;
    private final ProxiedUpload upload;
    private final ProxiedAnswer answer;
    private final Runnable serviceTimedOut;
    private final Runnable callerNotReading;
    private long timer = -1;

    ServiceClock(
            Upstreams upstreams,
            Routes.Target target,
            ProxiedUpload upload,
            ProxiedAnswer answer,
            Runnable serviceTimedOut,
            Runnable callerNotReading) {
        this.upstreams = upstreams;
        this.target = target;
        this.upload = upload;
        this.answer = answer;
        this.serviceTimedOut = serviceTimedOut;
        this.callerNotReading = callerNotReading;
    }

    /** (Re)starts the whole timeout. */
    void restart() {
        stop();
        timer = upstreams.deadline(target, expired -> {
            timer = -1;
            if (upload.callerSending()) {
                restart();
            } else if (answer.waitingForCaller()) {
                callerNotReading.run();
            } else {
                serviceTimedOut.run();
            }
        });
    }

    void stop() {
        if (timer >= 0) {
            upstreams.cancel(timer);
            timer = -1;
        }
    }
}
