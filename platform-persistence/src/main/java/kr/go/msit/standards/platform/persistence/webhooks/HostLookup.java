package kr.go.msit.standards.platform.persistence.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A webhook target's host looked up for {@link TargetGuard}, within a time limit. */
final class HostLookup {

    /** Lookups under way at most: each may hold a thread for as long as the system resolver takes. */
    static final int LOOKUPS = 32;

    private static final ExecutorService LOOKUP_THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-dns");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeout;
    private final Semaphore lookups = new Semaphore(LOOKUPS);
    private volatile TargetGuard.Resolver resolver = InetAddress::getAllByName;

    HostLookup(Duration timeout) {
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    void resolveWith(TargetGuard.Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The host's addresses, within the connect timeout: the system resolver has no time limit of its own that we set
     * (its retries can take tens of seconds), and a lookup made while answering a caller, or under a delivery's claim
     * (whose lease counts on sends ending in time, {@link ClaimClock}), must end. A lookup given up on finishes on its
     * own thread. At most {@link #LOOKUPS} run so at once; beyond that a lookup runs on the caller's thread, without
     * the bound, as it did before: hosts that are slow on purpose (a subscriber's own DNS) then cost threads, not
     * everyone else's lookups (refused as not resolving, every delivery would have counted as its subscriber's
     * failure).
     */
    InetAddress[] addresses(String host) throws UnknownHostException, TimeoutException {
        if (!lookups.tryAcquire()) {
            return resolver.resolve(host);
        }
        Future<InetAddress[]> lookup;
        try {
            lookup = LOOKUP_THREADS.submit(() -> {
                try {
                    return resolver.resolve(host);
                } finally {
                    lookups.release();
                }
            });
        } catch (RejectedExecutionException e) {
            lookups.release();
            throw new TimeoutException("the lookup could not start");
        }
        try {
            return lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException unknown) {
                throw unknown;
            }
            throw new UnknownHostException(host + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
    }
}
