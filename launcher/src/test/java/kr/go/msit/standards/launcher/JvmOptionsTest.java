package kr.go.msit.standards.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmOptionsTest {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path target;

    private Path app() throws Exception {
        Path app = Files.createDirectories(target.resolve("quarkus-app"));
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        return app;
    }

    @Test
    void aFirstStartRecordsTheArchiveAndTheNextMapsIt() throws Exception {
        Path app = app();
        JvmOptions.Start first = JvmOptions.forModule(JAVA, app, true);
        assertTrue(first.training());
        String recording = first.options().stream()
                .filter(o -> o.startsWith("-XX:ArchiveClassesAtExit="))
                .findFirst()
                .orElseThrow();
        Path archive = Path.of(recording.substring(recording.indexOf('=') + 1));
        assertEquals(target.resolve("cds"), archive.getParent());
        Files.writeString(archive, "archive");

        JvmOptions.Start next = JvmOptions.forModule(JAVA, app, true);
        assertFalse(next.training());
        assertTrue(next.options().contains("-XX:SharedArchiveFile=" + archive));
        assertTrue(next.options().containsAll(JvmOptions.MEMORY));
    }

    @Test
    void aRebuiltModuleNeverGetsTheOldArchive() throws Exception {
        Path app = app();
        String before = JvmOptions.fingerprint(JAVA, app);
        Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), FileTime.fromMillis(1_000));
        assertNotEquals(before, JvmOptions.fingerprint(JAVA, app));
    }

    @Test
    void withoutArchivesOnlyTheMemorySettings() throws Exception {
        JvmOptions.Start start = JvmOptions.forModule(JAVA, app(), false);
        assertFalse(start.training());
        assertEquals(JvmOptions.MEMORY, start.options());
    }
}
