package kr.go.msit.standards.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Requests sent at once, for the tests of races: a thread each, all released together, their answers in the order
 * given. A thread each, not a shared pool: on two CPUs the common pool has one thread, and a request that blocks on a
 * row lock would hold back the others it races.
 */
public final class AtOnce {

    /** How long all the requests together may take before the test fails rather than hangs. */
    private static final long SECONDS_IN_ALL = 60;

    private AtOnce() {}

    public static <T> List<T> all(List<? extends Callable<T>> requests) throws Exception {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no requests to send at once");
        }
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS_IN_ALL);
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** {@code times} copies of one request at once. */
    public static <T> List<T> times(int times, Callable<T> request) throws Exception {
        return all(java.util.Collections.nCopies(times, request));
    }
}
