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
 * <p><b>Class-data archive.</b> Most of a module's start is loading and linking classes. The modules are packaged as
 * Quarkus' {@code aot-jar} (every class on the JVM's own class path, where the JVM can archive it; the default fast-jar
 * loads them through Quarkus' own class loader, which no archive covers). A run that finds no archive for this JVM and
 * these jars records one when it stops (a training run), and later starts map it:
 * <ul>
 *   <li>on JDK 25 and later, the AOT cache (JEP 483/514/515: classes loaded and linked, and method profiles): the
 *       training run records {@code -XX:AOTMode=record -XX:AOTConfiguration=…}, the launcher assembles the cache from
 *       it ({@link #assembly}, a JVM of its own, about ten seconds) when the module has stopped, or at the next start
 *       if that stop was cut short, and every later start maps it with {@code -XX:AOTCache=…};
 *   <li>on JDK 17 to 24, AppCDS: {@code -XX:ArchiveClassesAtExit} when training, {@code -XX:SharedArchiveFile} after.
 * </ul>
 * bench/RESULTS.md prices each. Archives live in {@code <module>/target/cds/}, named by a fingerprint of the JVM and of
 * every file of the module's build, so a rebuild or another JVM trains a new one (the old ones are deleted) and a stale
 * archive is never offered. {@code RUN_CDS=false} turns both off; {@code RUN_AOT=false} keeps AppCDS on JDK 25.
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

    /** The AOT cache's own log lines (a stub it cannot reuse, say, which only costs that stub) stay out of the log. */
    private static final String AOT_QUIET = "-Xlog:aot*=off,cds*=off";

    /**
     * The options of one start: whether it records the archive (its stop takes a few seconds more), and the AOT cache
     * configuration it leaves, which {@link #assembly} turns into the cache.
     */
    record Start(List<String> options, boolean training, Path aotConfiguration) {}

    private JvmOptions() {}

    /**
     * The options for a module's JVM.
     *
     * @param java the {@code java} executable the module runs on
     * @param appDir the module's {@code target/quarkus-app}
     * @param archives whether to use (and train) a class-data archive
     */
    static Start forModule(Path java, Path appDir, boolean archives) {
        List<String> options = new ArrayList<>(memory());
        if (!archives || "false".equalsIgnoreCase(System.getenv("RUN_CDS"))) {
            return new Start(options, false, null);
        }
        Path dir = appDir.getParent().resolve("cds");
        String name = fingerprint(java, appDir);
        // an archive that cannot be mapped (another kernel's address layout, say) is skipped without a word
        String quiet = "-Xlog:cds=off,cds+dynamic=off";
        if (featureVersion(java) >= 25 && !"false".equalsIgnoreCase(System.getenv("RUN_AOT"))) {
            Path cache = dir.resolve(name + ".aot");
            Path configuration = dir.resolve(name + ".aotconf");
            if (Files.isRegularFile(cache)) {
                options.addAll(List.of("-XX:AOTCache=" + cache, AOT_QUIET));
                return new Start(options, false, null);
            }
            if (Files.isRegularFile(configuration)) {
                // trained, but the cache was not assembled (a stop cut short): the launcher assembles it first
                return new Start(options, false, configuration);
            }
            prepare(dir, name);
            options.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration, AOT_QUIET));
            return new Start(options, true, configuration);
        }
        Path archive = dir.resolve(name + ".jsa");
        boolean training = !Files.isRegularFile(archive);
        if (training) {
            prepare(dir, name);
        }
        options.add((training ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + archive);
        options.add(quiet);
        return new Start(options, training, null);
    }

    /**
     * The JVM options that assemble the AOT cache from a training run's configuration (run with the module's
     * {@code -jar}, the class path it was trained on); the cache is the configuration's name with {@code .aot}.
     */
    static List<String> assembly(Path configuration) {
        String config = configuration.toString();
        List<String> options = new ArrayList<>(memory());
        options.addAll(List.of(
                "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + config,
                "-XX:AOTCache=" + config.substring(0, config.length() - ".aotconf".length()) + ".aot"));
        return options;
    }

    private static List<String> memory() {
        String override = System.getenv("RUN_JAVA_OPTS");
        return override != null && !override.isBlank()
                ? Arrays.asList(override.trim().split("\\s+"))
                : MEMORY;
    }

    /** Creates the archive folder and deletes the archives of earlier builds or JVMs (an AOT cache is ~120 MB). */
    private static void prepare(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path file : old.filter(f -> !f.getFileName().toString().startsWith(name))
                        .toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM the modules run on: {@code RUN_JAVA_HOME}'s when it is set; else this one if it is JDK 25 or later; else
     * the newest JDK 25 or later installed beside this one (as {@code /usr/lib/jvm/temurin-25-jdk-amd64} is beside
     * {@code /usr/lib/jvm/java-17-openjdk-amd64}), whose AOT cache starts a module faster; else this one.
     */
    static Path moduleJava() {
        return moduleJava(System.getenv("RUN_JAVA_HOME"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    static Path moduleJava(String explicit, Path own) {
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit, "bin", "java");
        }
        if (featureVersion(own) >= 25) {
            return own;
        }
        try (Stream<Path> homes =
                Files.list(own.toRealPath().getParent().getParent().getParent())) {
            return homes.map(home -> home.resolve("bin").resolve("java"))
                    .filter(Files::isExecutable)
                    .filter(java -> featureVersion(java) >= 25)
                    .max(java.util.Comparator.comparingInt(JvmOptions::featureVersion))
                    .orElse(own);
        } catch (IOException | RuntimeException e) {
            return own;
        }
    }

    /** The JVM's feature version (17, 25) from its {@code release} file; 0 when it cannot be told. */
    static int featureVersion(Path java) {
        try {
            Path release = java.toRealPath().getParent().getParent().resolve("release");
            for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no release file, or an unexpected one: treated as an older JVM (AppCDS)
        }
        return 0;
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
