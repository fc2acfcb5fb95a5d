package kr.go.msit.standards.platform.persistence.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SSRF guard: internal addresses refused unless a configured range allows them. */
class TargetGuardTest {

    private static TargetGuard guard(boolean allowHttp, String... allowed) {
        return new TargetGuard(new Settings(allowHttp, List.of(allowed)));
    }

    @Test
    void internalAddressesAreRefused() throws Exception {
        for (String address : List.of(
                "127.0.0.1",
                "10.0.0.1",
                "172.16.5.4",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "::1",
                "fd12::1",
                "fe80::1",
                "::ffff:10.0.0.1",
                "::ffff:0:a9fe:a9fe", // translated (SIIT) 169.254.169.254
                "::ffff:0:7f00:1",
                "192.0.0.192",
                "168.63.129.16",
                "224.0.0.1")) {
            assertTrue(TargetGuard.internal(InetAddress.getByName(address)), address);
        }
        for (String address : List.of(
                "93.184.216.34",
                "8.8.8.8",
                "192.0.2.1",
                "168.63.129.17",
                "2606:4700::1111",
                "2002:5db8:d822::1",
                "::ffff:0:808:808")) {
            assertFalse(TargetGuard.internal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void aTargetIsCheckedByEveryAddressItsHostResolvesTo() throws Exception {
        TargetGuard guard = guard(false);
        guard.resolveWith(
                host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
        Optional<String> mixed = guard.refusal(URI.create("https://mixed.example/hook"));
        assertTrue(mixed.isPresent());
        assertFalse(mixed.get().contains("10.0.0.7"), "the refusal maps no internal address: " + mixed.get());
        // nor tells an internal name from one that does not resolve (it would list the network's names)
        guard.resolveWith(host -> {
            throw new java.net.UnknownHostException(host);
        });
        Optional<String> unknown = guard.refusal(URI.create("https://mixed.example/hook"));
        assertEquals(mixed, unknown);
        guard.resolveWith(host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")});
        assertTrue(guard.refusal(URI.create("https://public.example/hook")).isEmpty());
        assertTrue(guard.refusal(URI.create("http://public.example/hook")).isPresent(), "https only by default");
        assertTrue(
                guard.refusal(URI.create("https://user:pw@public.example/hook")).isPresent());
        // no service listens on port 0 (a connection to it fails on every delivery)
        assertTrue(guard.refusal(URI.create("https://public.example:0/hook")).isPresent(), "port 0");
        assertTrue(
                guard.refusal(URI.create("https://public.example:65536/hook")).isPresent(), "port 65536");
        assertTrue(guard.refusal(URI.create("https://public.example:8443/hook")).isEmpty());
    }

    @Test
    void configuredRangesAreAllowed() throws Exception {
        TargetGuard guard = guard(true, "127.0.0.0/8", "::1/128");
        guard.resolveWith(host -> new InetAddress[] {InetAddress.getByName(host)});
        assertTrue(guard.refusal(URI.create("http://127.0.0.1:8099/hook")).isEmpty());
        assertTrue(guard.refusal(URI.create("http://[::1]:8099/hook")).isEmpty());
        assertTrue(guard.refusal(URI.create("http://10.0.0.1/hook")).isPresent());
    }

    /** The system resolver's retries can take tens of seconds; a check waits no longer than the connect timeout. */
    @Test
    void aHostThatDoesNotResolveInTimeIsRefused() {
        TargetGuard guard = guard(false);
        guard.resolveWith(host -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})};
        });
        Optional<String> refusal = guard.refusal(URI.create("https://slow.example/hook"));
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("did not resolve within 1000 ms"), refusal.get());
    }

    /**
     * Lookups that never end (a subscriber's own slow DNS, on purpose) fill the bounded pool: the next host, anyone's,
     * is still looked up, not refused as if it did not resolve (each delivery refused counts as its subscriber's
     * failure, and enough of them pause it).
     */
    @Test
    void lookupsThatNeverEndDoNotStopOthersFromResolving() throws Exception {
        TargetGuard guard = guard(false);
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        guard.resolveWith(host -> {
            if (host.startsWith("slow")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})};
        });
        java.util.concurrent.ExecutorService callers =
                java.util.concurrent.Executors.newFixedThreadPool(TargetGuard.LOOKUPS);
        try {
            List<java.util.concurrent.Future<Optional<String>>> slow = new java.util.ArrayList<>();
            for (int i = 0; i < TargetGuard.LOOKUPS; i++) {
                String target = "https://slow" + i + ".example/hook";
                slow.add(callers.submit(() -> guard.refusal(URI.create(target))));
            }
            for (java.util.concurrent.Future<Optional<String>> each : slow) {
                assertTrue(each.get().orElse("").contains("did not resolve within"));
            }
            Optional<String> refusal = guard.refusal(URI.create("https://fast.example/hook"));
            assertTrue(refusal.isEmpty(), "refused: " + refusal.orElse(""));
        } finally {
            never.countDown();
            callers.shutdownNow();
        }
    }

    /** Only what the guard reads. */
    private record Settings(boolean allowHttp, List<String> ranges) implements WebhookSettings {
        public Optional<String> secretKey() {
            return Optional.empty();
        }

        public Optional<List<String>> previousSecretKeys() {
            return Optional.empty();
        }

        public String pollEvery() {
            return "1s";
        }

        public int workers() {
            return 1;
        }

        public int batch() {
            return 1;
        }

        public int maxPerOwner() {
            return 1;
        }

        public int ownerWorkers() {
            return 1;
        }

        public Duration lifetime() {
            return Duration.ofDays(1);
        }

        public Duration lease() {
            return Duration.ofMinutes(1);
        }

        public Duration connectTimeout() {
            return Duration.ofSeconds(1);
        }

        public Duration timeout() {
            return Duration.ofSeconds(1);
        }

        public Duration retryBase() {
            return Duration.ofSeconds(1);
        }

        public Duration retryMax() {
            return Duration.ofSeconds(10);
        }

        public int pauseAfter() {
            return 3;
        }

        public Duration rotationGrace() {
            return Duration.ofHours(1);
        }

        public Optional<List<String>> allowPrivateTargets() {
            return Optional.of(ranges);
        }
    }
}
