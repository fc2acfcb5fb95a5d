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

    /** How long one request may take before the test fails rather than hangs. */
    private static final long SECONDS_EACH = 60;

    private AtOnce() {}

    public static <T> List<T> all(List<? extends Callable<T>> requests) throws Exception {
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
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(SECONDS_EACH, TimeUnit.SECONDS));
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
