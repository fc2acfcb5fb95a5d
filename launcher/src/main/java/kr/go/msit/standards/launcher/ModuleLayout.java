package kr.go.msit.standards.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system as {@link Launcher} runs it: four modules on consecutive ports (the gateway first), each with its
 * management port 1000 above, its database, and the environment that tells it where everything else is.
 */
final class ModuleLayout {

    static final String DEV_ISSUER = "https://kus.localhost/dev-issuer";
    static final String AUDIENCE = "kus-api";

    /** A module to start: name, port, database (null for none) and extra environment. */
    record Module(String name, int port, String database, Map<String, String> env) {}

    private ModuleLayout() {}

    static List<Module> modules(int gatewayPort) {
        int base = gatewayPort;
        // every module learns where the others are: the gateway routes to them, services call each other
        Map<String, String> peers = new LinkedHashMap<>();
        peers.put("PROJECTS_SERVICE_URL", "http://localhost:" + (base + 1));
        peers.put("FUNDING_SERVICE_URL", "http://localhost:" + (base + 2));
        peers.put("PARTNERSHIP_SERVICE_URL", "http://localhost:" + (base + 3));
        // the gateway's readiness asks the services' health on their management ports
        peers.put("PROJECTS_SERVICE_MANAGEMENT_URL", "http://localhost:" + Launcher.managementPort(base + 1));
        peers.put("FUNDING_SERVICE_MANAGEMENT_URL", "http://localhost:" + Launcher.managementPort(base + 2));
        peers.put("PARTNERSHIP_SERVICE_MANAGEMENT_URL", "http://localhost:" + Launcher.managementPort(base + 3));
        return List.of(
                new Module("projects-service", base + 1, "projects", peers),
                new Module("funding-service", base + 2, "funding", peers),
                new Module("partnership-service", base + 3, "partnership", peers),
                new Module("gateway", base, null, peers));
    }

    static Path jar(Path home, Module module) {
        return home.resolve(module.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Sets the module's environment on top of what the process inherits: ports, database, token and cursor keys
     * always; the profile and the peers' addresses only where the launcher's own environment does not set them.
     */
    static void configure(Map<String, String> env, Module module, Path home, int pgPort) throws IOException {
        env.put("QUARKUS_HTTP_PORT", Integer.toString(module.port()));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(Launcher.managementPort(module.port())));
        env.putIfAbsent("QUARKUS_PROFILE", "run");
        if (module.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + pgPort + "/" + module.database());
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        }
        Path keys = home.resolve(Launcher.KEYS_DIR);
        // every module verifies tokens, the gateway too
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + keys.resolve(DevTokens.PUBLIC_KEY_FILE));
        env.put("JWT_ISSUER", DEV_ISSUER);
        env.put("JWT_AUDIENCE", AUDIENCE);
        // the services seal list cursors with this development key (production: a Secret shared by all replicas)
        env.put("CURSOR_KEY", DevTokens.ensureCursorKey(keys));
        // webhook secrets are stored encrypted under this development key; on one machine, subscribers are local
        env.put("WEBHOOK_SECRET_KEY", DevTokens.ensureWebhookKey(keys));
        env.putIfAbsent("WEBHOOK_ALLOW_PRIVATE_TARGETS", "127.0.0.0/8,::1/128");
        env.putIfAbsent("WEBHOOK_ALLOW_HTTP", "true");
        module.env().forEach(env::putIfAbsent);
    }
}
