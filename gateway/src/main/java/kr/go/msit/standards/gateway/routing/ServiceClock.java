package kr.go.msit.standards.gateway.routing;

import java.util.concurrent.TimeUnit;

/**
 * The service's timeout for one {@link ProxiedExchange}, counting the service's time only. While the caller is still
 * sending its body, the wait is the caller's, and the clock starts again when the time is up (a caller that stops
 * sending is bounded by the body timeout); a service that stops taking the body is at fault. While the answer waits
 * for the caller to take it (paused for back-pressure), the clock stands still and the caller has the body timeout
 * to take more, else the exchange is the caller's to lose; on resuming, the service has the time it had left. A clock
 * that ran on while paused counted a caller who never reads as the service's time-out (six opened its circuit for
 * everyone), and one that was read only at the instant it ran out still did for a caller who read just before it.
 * Used on the exchange's event loop.
 */
final class ServiceClock {

    private final Upstreams upstreams;
    private final Routes.Target target;
    private final ProxiedUpload upload;
    private final long callerWaitMillis;
    private final Runnable serviceTimedOut;
    private final Runnable callerNotReading;
    /** The service's timer while it runs; the caller's while the answer is paused. */
    private long timer = -1;
    /** When the service's time is up, while its clock runs ({@link System#nanoTime}). */
    private long dueAt;
    /** The service's time left, while the answer is paused. */
    private long leftNanos;

    private boolean paused;
    private boolean stopped;

    ServiceClock(
            Upstreams upstreams,
            Routes.Target target,
            ProxiedUpload upload,
            long callerWaitMillis,
            Runnable serviceTimedOut,
            Runnable callerNotReading) {
        this.upstreams = upstreams;
        this.target = target;
        this.upload = upload;
        this.callerWaitMillis = callerWaitMillis;
        this.serviceTimedOut = serviceTimedOut;
        this.callerNotReading = callerNotReading;
    }

    /** (Re)starts the service's whole timeout (kept for when the answer resumes, while it is paused). */
    void restart() {
        if (stopped) {
            return;
        }
        leftNanos = target.timeout().toNanos();
        if (!paused) {
            cancel();
            run();
        }
    }

    /** The answer waits for the caller: the service's clock stands still, the caller's runs. */
    void pause() {
        if (stopped || paused) {
            return;
        }
        paused = true;
        cancel();
        leftNanos = Math.max(0, dueAt - System.nanoTime());
        timer = upstreams.after(callerWaitMillis, expired -> {
            timer = -1;
            callerNotReading.run();
        });
    }

    /** The caller took what it was sent: the service's clock runs on with the time it had left. */
    void resume() {
        if (stopped || !paused) {
            return;
        }
        paused = false;
        cancel();
        run();
    }

    void stop() {
        stopped = true;
        cancel();
    }

    private void run() {
        dueAt = System.nanoTime() + leftNanos;
        timer = upstreams.after(Math.max(1, TimeUnit.NANOSECONDS.toMillis(leftNanos)), expired -> {
            timer = -1;
            if (upload.callerSending()) {
                restart();
            } else {
                serviceTimedOut.run();
            }
        });
    }

    private void cancel() {
        if (timer >= 0) {
            upstreams.cancel(timer);
            timer = -1;
        }
    }
}
