package kr.go.msit.standards.launcher;

import java.nio.file.Path;

/**
 * {@code ./run.sh} (and the benchmark): reads the {@code RUN_*} settings, starts the whole system with the
 * {@link Launcher}, prints where everything is, and stays until a signal (Ctrl-C, {@code ./run.sh stop}) stops it.
 * A module that exits on its own stops the rest: a half-running system is not left behind.
 */
public final class RunCommand {

    private RunCommand() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("standards.home", "."))
                .toAbsolutePath()
                .normalize();
        int pgPort = Integer.parseInt(env("RUN_POSTGRES_PORT", "15432"));
        int gatewayPort = Integer.parseInt(env("RUN_GATEWAY_PORT", "8080"));
        // RUN_DATA_DIR: another data folder than .data (the benchmark keeps its data apart from ./run.sh's)
        Path data =
                Path.of(env("RUN_DATA_DIR", home.resolve(".data").toString())).toAbsolutePath();
        Launcher launcher = new Launcher(home, data, pgPort, gatewayPort, true, true);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "launcher-shutdown"));
        try {
            launcher.start();
        } catch (Exception e) {
            if (launcher.stopping.get()) {
                // Ctrl-C or ./run.sh stop while the modules were starting: not a failure (the shutdown hook stops)
                System.out.println("[run] stopped before every module was ready");
                return;
            }
            System.err.println("[run] failed to start: " + e.getMessage());
            System.exit(1);
        }
        printWhere(gatewayPort, launcher.log("gateway").getParent());
        // Stay alive until a signal; the shutdown hook stops everything.
        for (Process p : launcher.processes.values()) {
            p.waitFor();
        }
        if (!launcher.stopping.get()) {
            System.err.println("[run] a module exited on its own; stopping the rest (see .data/logs/)");
            System.exit(1);
        }
    }

    private static void printWhere(int gatewayPort, Path logs) {
        System.out.println();
        System.out.println("[run] all modules are ready");
        System.out.println("[run] Gateway:    http://localhost:" + gatewayPort);
        System.out.println("[run] Swagger UI: http://localhost:" + gatewayPort + "/q/swagger-ui");
        System.out.println("[run] OpenAPI:    http://localhost:" + gatewayPort + "/q/openapi");
        System.out.println("[run] Token:      ./run.sh token --role program-manager   (roles: program-manager, "
                + "finance-officer, partnership-officer, institution --institution ID, auditor, viewer)");
        System.out.println("[run] Health and metrics (management ports, not public): http://localhost:"
                + Launcher.managementPort(gatewayPort) + "/q/health, /q/metrics; services on "
                + Launcher.managementPort(gatewayPort + 1) + "-" + Launcher.managementPort(gatewayPort + 3));
        System.out.println("[run] Logs:       " + logs + "   Stop: Ctrl-C or ./run.sh stop");
    }

    /** A setting from the environment, or its default when unset or blank. */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
