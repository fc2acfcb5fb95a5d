package kr.go.msit.standards.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The npm tools of {@code gateway/src/test/node} (installed with {@code npm ci --prefix gateway/src/test/node}, which
 * .ci/run does) and Debian's chromium, for the tests of the gateway and of system-tests. A missing tool skips the test on a developer's machine, with the command that
 * installs it; under CI ({@code CI=true}) it fails the test, so nothing is skipped silently there.
 */
public final class NodeTools {

    /** The npm project of the tools, seen from the module whose tests run (the gateway or a sibling). */
    public static final Path DIRECTORY = (Files.isDirectory(Path.of("src", "test", "node"))
                    ? Path.of("src", "test", "node")
                    : Path.of("..", "gateway", "src", "test", "node"))
            .toAbsolutePath()
            .normalize();
    /** Where a test writes what it generates: under the running module's target/. */
    public static final Path WORK = Path.of("target", "api-client").toAbsolutePath();

    /** What a tool printed, and its exit status. */
    public record Run(int exitCode, String output) {}

    private NodeTools() {}

    /** The executable of an npm tool ({@code node_modules/.bin/<name>}), or the test stops as above. */
    public static Path tool(String name) {
        requireOnPath("node", "Node.js 18 or later (Debian: apt-get install nodejs npm)");
        Path tool = DIRECTORY.resolve("node_modules").resolve(".bin").resolve(name);
        if (!Files.isExecutable(tool)) {
            missing(name + " is not installed: run `npm ci --prefix gateway/src/test/node`");
        }
        return tool;
    }

    /** A file that must exist, e.g. the chromium binary, or the test stops as above. */
    public static Path file(Path path, String install) {
        if (!Files.isExecutable(path)) {
            missing(path + " is missing: " + install);
        }
        return path;
    }

    public static void requireOnPath(String command, String install) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return;
            }
        }
        missing(command + " is not on the PATH: install " + install);
    }

    private static void missing(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and a test tool is missing (.ci/run installs it): " + message);
        }
        Assumptions.abort(message);
    }

    /** Runs a command in {@code directory}, bounded by {@code seconds}; its output is stdout and stderr merged. */
    public static Run run(Path directory, long seconds, String... command) throws IOException, InterruptedException {
        return run(directory, seconds, java.util.Map.of(), command);
    }

    /** The same, with these variables added to the environment. */
    public static Run run(Path directory, long seconds, java.util.Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        ProcessBuilder builder =
                new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the process died; its exit code says so
            }
        });
        reader.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + seconds + " s");
        }
        reader.join(5000);
        return new Run(process.exitValue(), output.toString());
    }
}
