package kr.go.msit.standards.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Watching the modules the {@link Launcher} started: their output into logs, and their readiness. */
final class ModuleWatch {

    private ModuleWatch() {}

    /**
     * Copies a module's output to its log file and, when {@code echo}, to the console, each line prefixed with the
     * module's name; on a daemon thread, until the process ends.
     */
    static void copyOutput(Process process, String name, Path log, boolean echo) {
        Thread pump = new Thread(() -> pump(process, name, log, echo), "log-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    private static void pump(Process process, String name, Path log, boolean echo) {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(
                        Files.newBufferedWriter(
                                log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                        true)) {
            String prefix = String.format("%-20s| ", name);
            for (String line; (line = in.readLine()) != null; ) {
                out.println(line);
                if (echo) {
                    System.out.println(prefix + line);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /**
     * Waits until {@code ready} (a module's readiness on its management port) answers 200, failing at once when any of
     * {@code processes} has exited (naming its log) and after {@code timeout}.
     */
    static void awaitReady(
            String name, URI ready, Duration timeout, Map<String, Process> processes, Function<String, Path> logs)
            throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Map.Entry<String, Process> p : processes.entrySet()) {
                if (!p.getValue().isAlive()) {
                    Path log = logs.apply(p.getKey());
                    throw new IllegalStateException(p.getKey() + " exited during start-up (exit code "
                            + p.getValue().exitValue() + "); see " + log + ", which ends:\n" + tail(log));
                }
            }
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s");
    }

    /** The last lines of a module's log, so that a failed start says why where it is reported (a CI log). */
    static String tail(Path log) throws InterruptedException {
        Thread.sleep(500); // the pump copies what the process wrote before it ended
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException | RuntimeException unreadable) {
            return "(unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private static final int TAIL_LINES = 25;
}
