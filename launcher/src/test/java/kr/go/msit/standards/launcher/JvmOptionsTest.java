package kr.go.msit.standards.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
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
    void beforeJdk25AFirstStartRecordsAnAppCdsArchiveAndTheNextMapsIt() throws Exception {
        Path java = jdk("17.0.15");
        Path app = app();
        JvmOptions.Start first = JvmOptions.forModule(java, app, true);
        assertTrue(first.training());
        String recording = first.options().stream()
                .filter(o -> o.startsWith("-XX:ArchiveClassesAtExit="))
                .findFirst()
                .orElseThrow();
        Path archive = Path.of(recording.substring(recording.indexOf('=') + 1));
        assertEquals(target.resolve("cds"), archive.getParent());
        Files.writeString(archive, "archive");

        JvmOptions.Start next = JvmOptions.forModule(java, app, true);
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

    /** A stand-in JDK whose release file says {@code version}: the options depend only on that file. */
    private Path jdk(String version) throws Exception {
        Path home = Files.createDirectories(target.resolve("jdk-" + version));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
        return Files.writeString(home.resolve("bin").resolve("java"), "");
    }

    @Test
    void theFeatureVersionComesFromTheReleaseFile() throws Exception {
        assertEquals(25, JvmOptions.featureVersion(jdk("25.0.1")));
        assertEquals(17, JvmOptions.featureVersion(jdk("17.0.15")));
        assertEquals(0, JvmOptions.featureVersion(target.resolve("nowhere/bin/java")));
    }

    @Test
    void onJdk25TheTrainingRecordsAnAotConfigurationAssembledIntoTheCacheTheNextStartMaps() throws Exception {
        Path java = jdk("25.0.1");
        Path app = app();
        JvmOptions.Start first = JvmOptions.forModule(java, app, true);
        assertTrue(first.training());
        assertTrue(first.options().contains("-XX:AOTMode=record"));
        Path configuration = first.aotConfiguration();
        assertTrue(first.options().contains("-XX:AOTConfiguration=" + configuration));
        assertEquals(target.resolve("cds"), configuration.getParent());

        // the training run stopped and left its configuration, but no cache: the launcher assembles it first
        Files.writeString(configuration, "configuration");
        JvmOptions.Start unassembled = JvmOptions.forModule(java, app, true);
        assertFalse(unassembled.training());
        assertEquals(configuration, unassembled.aotConfiguration());
        String name = configuration.getFileName().toString().replace(".aotconf", "");
        Path cache = configuration.resolveSibling(name + ".aot");
        assertTrue(JvmOptions.assembly(configuration)
                .containsAll(List.of(
                        "-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + cache)));

        Files.writeString(cache, "cache");
        JvmOptions.Start next = JvmOptions.forModule(java, app, true);
        assertFalse(next.training());
        assertTrue(next.options().contains("-XX:AOTCache=" + cache));
        assertTrue(next.options().containsAll(JvmOptions.MEMORY));
    }

    @Test
    void aNewTrainingDeletesTheArchivesOfEarlierBuilds() throws Exception {
        Path app = app();
        Path stale =
                Files.writeString(Files.createDirectories(target.resolve("cds")).resolve("0123.aot"), "old");
        JvmOptions.forModule(jdk("25.0.1"), app, true);
        assertFalse(Files.exists(stale));
    }

    @Test
    void modulesRunOnAJdk25InstalledBesideTheLaunchersUnlessRunJavaHomeSaysOtherwise() throws Exception {
        Path seventeen = jdk("17.0.15");
        Path twentyFive = jdk("25.0.1");
        twentyFive.toFile().setExecutable(true);
        assertEquals(
                twentyFive.toRealPath(), JvmOptions.moduleJava(null, seventeen).toRealPath());
        assertEquals(Path.of("/opt/jdk", "bin", "java"), JvmOptions.moduleJava("/opt/jdk", seventeen));
        assertEquals(twentyFive, JvmOptions.moduleJava("", twentyFive));
        twentyFive.toFile().setExecutable(false);
        assertEquals(seventeen, JvmOptions.moduleJava(null, seventeen));
    }
}
