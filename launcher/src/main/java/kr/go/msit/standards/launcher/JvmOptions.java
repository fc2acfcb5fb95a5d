package kr.go.msit.standards.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a module's JVM is started by {@code ./run.sh} and the benchmark: sized like the container it runs in when
 * deployed, and with a class-data archive that makes the next start faster (bench/RESULTS.md, section 5, measures
 * both: launch to ready of each module alone and of all four at once, and RSS after load).
 *
 * <p><b>Memory.</b> A module keeps about 30 MB of live objects (a full GC after the benchmark's load); left to its
 * defaults, the JVM sizes the heap from the machine (a quarter of 24 GB here) and grows it under load to several
 * times that. {@link #MEMORY} caps the heap at 128 MB with the serial collector (one CPU's worth of work per
 * container; G1's remembered sets cost memory a heap this small does not need), thread stacks at 512 KB and the
 * code cache at 64 MB. {@code RUN_JAVA_OPTS} replaces them.
 *
 * <p><b>Class-data archive.</b> Most of a module's start is loading and linking classes. A run that finds no archive
 * for this JVM and these jars records one when it stops (a training run: {@code -XX:ArchiveClassesAtExit}); every
 * later start maps it ({@code -XX:SharedArchiveFile}, AppCDS, any JDK from 17 on). JDK 25's AOT cache
 * ({@code -XX:AOTCacheOutput}) was tried and left out: its cache is assembled by a second JVM after the module
 * exits, which a stop that ends the launcher cut short here (only the {@code .aot.config} was left). The archive
 * lives in {@code <module>/target/cds/}, named by a fingerprint of the JVM and of every file of the module's
 * build, so a rebuild or another JVM trains a new one and a stale archive is never offered. {@code RUN_CDS=false} turns it off.
 */
final class JvmOptions {

    /** The default memory settings of a module's JVM (see the class comment). */
    static final List<String> MEMORY = List.of(
            "-XX:+UseSerialGC",
            "-Xmx128m",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxMetaspaceSize=192m",
            "-XX:+ExitOnOutOfMemoryError");

    /** Whether the archive is being recorded by this start, and the options that say so. */
    record Start(List<String> options, boolean training) {}

    private JvmOptions() {}

    /**
     * The options for a module's JVM.
     *
     * @param java the {@code java} executable the module runs on
     * @param appDir the module's {@code target/quarkus-app}
     * @param archives whether to use (and train) a class-data archive
     */
    static Start forModule(Path java, Path appDir, boolean archives) {
        List<String> options = new ArrayList<>();
        String override = System.getenv("RUN_JAVA_OPTS");
        if (override != null && !override.isBlank()) {
            options.addAll(Arrays.asList(override.trim().split("\\s+")));
        } else {
            options.addAll(MEMORY);
        }
        if (!archives || "false".equalsIgnoreCase(System.getenv("RUN_CDS"))) {
            return new Start(options, false);
        }
        Path dir = appDir.getParent().resolve("cds");
        String name = fingerprint(java, appDir);
        Path archive = dir.resolve(name + ".jsa");
        boolean training = !Files.isRegularFile(archive);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.add((training ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + archive);
        // an archive that cannot be mapped (another kernel's address layout, say) is skipped without a word
        options.add("-Xlog:cds=off,cds+dynamic=off");
        return new Start(options, training);
    }

    /** A name for the archive that changes with the JVM and with any file of the module's build. */
    static String fingerprint(Path java, Path appDir) {
        try (Stream<Path> files = Files.walk(appDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(java.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
            Path release = java.getParent().getParent().resolve("release");
            if (Files.isRegularFile(release)) {
                digest.update(Files.readAllBytes(release));
            }
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update((appDir.relativize(file) + ":" + Files.size(file) + ":"
                                + Files.getLastModifiedTime(file).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
