package kr.go.msit.standards.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The modules' class-data archives or AOT caches across their starts and stops ({@link JvmOptions} says which and
 * why): which modules are training now (their stop takes longer), and the AOT caches assembled from their training
 * once they have stopped.
 */
final class Archives {

    /** Where a module's jar and log are, and the JVM it runs on. */
    interface Places {
        Path java();

        Path jar(String module);

        Path log(String module);
    }

    private final boolean enabled;
    private final Places places;
    /** Modules whose JVM records its archive when it stops. */
    private final Set<String> training = ConcurrentHashMap.newKeySet();
    /** Of those, the ones that record an AOT configuration, to be assembled into their cache after the stop. */
    private final Map<String, Path> aotTraining = new ConcurrentHashMap<>();

    Archives(boolean enabled, Places places) {
        this.enabled = enabled;
        this.places = places;
    }

    /** The JVM options of a module's start; first assembles a cache that a cut-short stop left unassembled. */
    List<String> options(String module) {
        Path appDir = places.jar(module).getParent();
        JvmOptions.Start jvm = JvmOptions.forModule(places.java(), appDir, enabled);
        if (!jvm.training() && jvm.aotConfiguration() != null) {
            finish(start(module, jvm.aotConfiguration()), jvm.aotConfiguration());
            jvm = JvmOptions.forModule(places.java(), appDir, enabled);
        }
        if (jvm.training()) {
            training.add(module);
            if (jvm.aotConfiguration() != null) {
                aotTraining.put(module, jvm.aotConfiguration());
            }
        }
        return jvm.options();
    }

    /** Seconds a stopping module may take: recording an archive takes a while on a busy machine. */
    long stopSeconds() {
        if (training.isEmpty()) {
            return 30;
        }
        System.out.println("[run] " + String.join(", ", training)
                + " record their class-data archive for faster starts (once per build)");
        return 180;
    }

    /** Once the modules have stopped: their AOT caches, assembled side by side, each in a JVM of its own. */
    void assemble() {
        Map<Path, Process> assemblies = new HashMap<>();
        aotTraining.forEach((module, configuration) -> assemblies.put(configuration, start(module, configuration)));
        assemblies.forEach((configuration, assembly) -> finish(assembly, configuration));
    }

    /** Starts an assembly (output to the module's log); null when it could not start. */
    private Process start(String module, Path configuration) {
        System.out.println("[run] " + module + ": assembling its AOT cache from the training run (once per build)");
        List<String> command = new ArrayList<>();
        command.add(places.java().toString());
        command.addAll(JvmOptions.assembly(configuration));
        command.addAll(List.of("-jar", places.jar(module).toString()));
        try {
            return new ProcessBuilder(command)
                    .directory(places.jar(module).getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(places.log(module).toFile()))
                    .start();
        } catch (IOException e) {
            System.err.println("[run] " + module + ": no AOT cache (" + e.getMessage() + ")");
            return null;
        }
    }

    /** Waits for an assembly, then deletes the configuration: a failed one means the next start trains again. */
    private static void finish(Process assembly, Path configuration) {
        try {
            if (assembly != null && !assembly.waitFor(180, TimeUnit.SECONDS)) {
                assembly.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(configuration);
            } catch (IOException ignored) {
                // it is only disk space
            }
        }
    }
}
