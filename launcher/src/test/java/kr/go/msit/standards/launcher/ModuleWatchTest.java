package kr.go.msit.standards.launcher;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleWatchTest {

    @Test
    void aModuleThatExitsDuringStartUpIsReportedWithItsExitCodeAndTheEndOfItsLog(@TempDir Path logs) throws Exception {
        Process process = new ProcessBuilder(
                        "sh", "-c", "echo starting; echo 'Port 18081 seems to be in use by another process'; exit 3")
                .redirectErrorStream(true)
                .start();
        Path log = logs.resolve("projects-service.log");
        ModuleWatch.copyOutput(process, "projects-service", log, false);
        process.waitFor();

        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> ModuleWatch.awaitReady(
                        "projects-service",
                        URI.create("http://127.0.0.1:1/q/health/ready"),
                        Duration.ofSeconds(30),
                        Map.of("projects-service", process),
                        name -> log));

        String message = failure.getMessage();
        assertTrue(message.contains("projects-service exited during start-up (exit code 3)"), message);
        assertTrue(message.contains("Port 18081 seems to be in use by another process"), message);
    }
}
