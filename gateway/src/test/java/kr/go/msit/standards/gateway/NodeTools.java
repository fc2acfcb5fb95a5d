package kr.go.msit.standards.gateway;

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
 * The npm tools of {@code src/test/node} (installed with {@code npm ci --prefix gateway/src/test/node}, which
 * .ci/run does) and Debian's chromium. A missing tool skips the test on a developer's machine, with the command that
 * installs it; under CI ({@code CI=true}) it fails the test, so nothing is skipped silently there.
 */
final class NodeTools {

    static final Path DIRECTORY = Path.of("src", "test", "node").toAbsolutePath();
    static final Path WORK = Path.of("target", "api-client").toAbsolutePath();

    /** What a tool printed, and its exit status. */
    record Run(int exitCode, String output) {
    }

    private NodeTools() {
    }

    /** The executable of an npm tool ({@code node_modules/.bin/<name>}), or the test stops as above. */
    static Path tool(String name) {
        requireOnPath("node", "Node.js 18 or later (Debian: apt-get install nodejs npm)");
        Path tool = DIRECTORY.resolve("node_modules").resolve(".bin").resolve(name);
        if (!Files.isExecutable(tool)) {
            missing(name + " is not installed: run `npm ci --prefix gateway/src/test/node`");
        }
        return tool;
    }

    /** A file that must exist, e.g. the chromium binary, or the test stops as above. */
    static Path file(Path path, String install) {
        if (!Files.isExecutable(path)) {
            missing(path + " is missing: " + install);
        }
        return path;
    }

    static void requireOnPath(String command, String install) {
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
    static Run run(Path directory, long seconds, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true).start();
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
