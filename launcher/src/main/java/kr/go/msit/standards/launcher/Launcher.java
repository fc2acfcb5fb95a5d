package kr.go.msit.standards.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.go.msit.standards.launcher.ModuleLayout.Module;

/**
 * The engine of {@code ./run.sh}: starts PostgreSQL 17 from embedded binaries with its data in {@code .data/}
 * (kept across restarts), one database per service, then the three services and the gateway as separate JVMs,
 * waits until each is ready, prints the URLs, and on Ctrl-C (or {@code ./run.sh stop}, which sends SIGTERM) stops
 * the modules gracefully and then the database ({@link RunCommand} is {@code ./run.sh}'s side of it: settings, the
 * printed URLs, waiting for a signal). The system tests drive the same engine (a module killed with
 * SIGKILL, restarted, PostgreSQL restarted), so what they prove is what {@code ./run.sh} runs.
 */
public final class Launcher {

    /** Where the development key pair lives, under the project folder (git-ignored). */
    static final String KEYS_DIR = ".keys";
    /** Issuer and audience of development tokens; the services started here accept exactly these. */
    static final String DEV_ISSUER = ModuleLayout.DEV_ISSUER;

    static final String AUDIENCE = ModuleLayout.AUDIENCE;

    private final Path home;
    private final Path dataDir;
    /** A module's management port is its port + this (8080 → 9080, 8081 → 9081, ...). */
    public static final int MANAGEMENT_OFFSET = 1000;

    private final int pgPort;
    private final int gatewayPort;
    private final boolean echo;
    /** The JVM every module runs on, chosen once ({@link JvmOptions#moduleJava}: it looks through installed JDKs). */
    private final Path moduleJava = JvmOptions.moduleJava();
    /** The modules' processes, by name; {@link RunCommand} waits on them. */
    final Map<String, Process> processes = new java.util.concurrent.ConcurrentHashMap<>();
    /** Set once {@link #stop()} has begun: a module that exits after it is being stopped, not failing. */
    final AtomicBoolean stopping = new AtomicBoolean();
    /** The modules' class-data archives: ./run.sh and the benchmark have them, the system tests not. */
    private final Archives archives;

    private volatile EmbeddedPostgres postgres;

    /**
     * @param home the project folder (modules' jars under {@code <module>/target/quarkus-app}, keys in {@code .keys})
     * @param dataDir PostgreSQL's data and the logs
     * @param gatewayPort the gateway's port; the services take the next three
     * @param echo whether module output also goes to this console (./run.sh), or only to the log files (tests)
     */
    public Launcher(Path home, Path dataDir, int pgPort, int gatewayPort, boolean echo) {
        this(home, dataDir, pgPort, gatewayPort, echo, false);
    }

    /** As above; {@code archives}: modules start with a class-data archive or AOT cache ({@link JvmOptions}). */
    Launcher(Path home, Path dataDir, int pgPort, int gatewayPort, boolean echo, boolean archives) {
        this.archives = new Archives(archives, new Archives.Places() {
            @Override
            public Path java() {
                return moduleJava;
            }

            @Override
            public Path jar(String module) {
                return jarOf(module(module));
            }

            @Override
            public Path log(String module) {
                return Launcher.this.log(module);
            }
        });
        this.home = home;
        this.dataDir = dataDir;
        this.pgPort = pgPort;
        this.gatewayPort = gatewayPort;
        this.echo = echo;
    }

    List<ModuleLayout.Module> modules() {
        return ModuleLayout.modules(gatewayPort);
    }

    /** Starts everything and waits until every module is ready (./run.sh prints the URLs after this). */
    public void start() throws Exception {
        Files.createDirectories(dataDir.resolve("logs"));
        Files.writeString(
                dataDir.resolve("run.pid"),
                Long.toString(ProcessHandle.current().pid()));
        for (Module module : modules()) {
            Path jar = jarOf(module);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing; build first (./run.sh builds unless SKIP_BUILD=1)");
            }
        }
        DevTokens.ensureKeyPair(home.resolve(KEYS_DIR));
        DevTokens.ensureCursorKey(home.resolve(KEYS_DIR));
        System.out.println(
                "[run] starting PostgreSQL 17 on port " + pgPort + " with data in " + dataDir.resolve("postgres"));
        postgres = EmbeddedDatabases.start(dataDir.resolve("postgres"), pgPort);
        for (Module module : modules()) {
            if (module.database() != null) {
                EmbeddedDatabases.createDatabase(postgres, module.database());
            }
        }
        System.out.println("[run] modules run on " + moduleJava + " (JDK " + JvmOptions.featureVersion(moduleJava)
                + "; RUN_JAVA_HOME chooses another)");
        for (Module module : modules()) {
            processes.put(module.name(), startModule(module));
        }
        for (Module module : modules()) {
            awaitReady(module, Duration.ofSeconds(180));
        }
    }

    /** The module's port. */
    public int port(String module) {
        return module(module).port();
    }

    /** The module's management port (health, metrics): its port + 1000, as in the README's table (8081 → 9081). */
    public int managementPort(String module) {
        return managementPort(port(module));
    }

    /** The management port that goes with a module's port. */
    public static int managementPort(int port) {
        return port + MANAGEMENT_OFFSET;
    }

    /** Where a module's log goes. */
    public Path log(String module) {
        return dataDir.resolve("logs").resolve(module + ".log");
    }

    /** SIGKILL: the module gets no chance to finish anything. */
    public void kill(String module) throws InterruptedException {
        Process process = processes.remove(module);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Starts a module that was killed or stopped, and waits until it is ready. */
    public void restart(String module) throws Exception {
        kill(module);
        Module definition = module(module);
        processes.put(module, startModule(definition));
        awaitReady(definition, Duration.ofSeconds(180));
    }

    /** Stops PostgreSQL (a fast shutdown: connections are cut) and starts it again on the same port and data. */
    public void restartPostgres(Duration down) throws Exception {
        postgres.close();
        Thread.sleep(down.toMillis());
        postgres = EmbeddedDatabases.start(dataDir.resolve("postgres"), pgPort);
    }

    private Module module(String name) {
        return modules().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module " + name));
    }

    private Path jarOf(Module module) {
        return ModuleLayout.jar(home, module);
    }

    private Process startModule(Module module) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(moduleJava.toString());
        command.addAll(archives.options(module.name()));
        command.addAll(List.of("-jar", jarOf(module).toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(home.resolve(module.name()).toFile())
                .redirectErrorStream(true);
        ModuleLayout.configure(pb.environment(), module, home, pgPort);
        Process process = pb.start();
        ModuleWatch.copyOutput(process, module.name(), log(module.name()), echo);
        if (echo) {
            System.out.println(
                    "[run] started " + module.name() + " on port " + module.port() + " (pid " + process.pid() + ")");
        }
        return process;
    }

    private void awaitReady(Module module, Duration timeout) throws Exception {
        ModuleWatch.awaitReady(
                module.name(),
                URI.create("http://localhost:" + managementPort(module.port()) + "/q/health/ready"),
                timeout,
                processes,
                this::log);
    }

    /** SIGTERM to every module (each finishes its requests in flight), then PostgreSQL. */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        System.out.println("[run] stopping modules");
        for (Process p : processes.values()) {
            p.destroy();
        }
        long stopSeconds = archives.stopSeconds();
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(stopSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        archives.assemble();
        if (postgres != null) {
            System.out.println("[run] stopping PostgreSQL");
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[run] PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(dataDir.resolve("run.pid"));
        } catch (IOException ignored) {
            // nothing to clean
        }
        System.out.println("[run] stopped");
    }
}
