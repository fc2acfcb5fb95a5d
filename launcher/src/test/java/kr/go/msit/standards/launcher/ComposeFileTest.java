package kr.go.msit.standards.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml is valid (checked by {@code docker-compose config}, which needs no Docker engine) and keeps
 * the shape operators rely on. In CI ({@code CI=true}) a missing docker-compose fails the test instead of skipping it;
 * .ci/run installs it.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        boolean available = onPath("docker-compose");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(available, "docker-compose is missing; .ci/run installs the Debian package docker-compose");
        } else {
            assumeTrue(available, "docker-compose not installed (apt-get install docker-compose); skipped outside CI");
        }
        Result asIs = composeConfig(Map.of());
        assertEquals(0, asIs.exitCode(), asIs.output());
        Result withProvider = composeConfig(Map.of(
                "JWT_ISSUER",
                "https://idp.example.go.kr/realms/kus",
                "JWT_PUBLIC_KEY_LOCATION",
                "https://idp.example.go.kr/realms/kus/protocol/openid-connect/certs"));
        assertEquals(0, withProvider.exitCode(), withProvider.output());
    }

    private record Result(int exitCode, String output) {}

    private static Result composeConfig(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("JWT_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        return new Result(process.exitValue(), output);
    }

    @Test
    void onlyTheGatewayPublishesAPortAndEveryModuleHasADockerfileAndHealthCheck() throws IOException {
        String compose = Files.readString(COMPOSE);
        Map<String, String> services = services(compose);
        List<String> publishing = services.entrySet().stream()
                .filter(service -> service.getValue().contains("\n    ports:")
                        && !service.getValue().contains("profiles:"))
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of("gateway"), publishing, "only the gateway publishes a port in the default profile");
        String prometheus = services.get("prometheus");
        assertTrue(
                prometheus.contains("profiles: [\"observability\"]") && prometheus.contains("\"127.0.0.1:"),
                "Prometheus is optional and reachable from this host only");
        String scrape = Files.readString(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        for (String target :
                List.of("gateway:9080", "projects-service:9081", "funding-service:9082", "partnership-service:9083")) {
            assertTrue(scrape.contains(target), "Prometheus does not scrape " + target);
        }
        for (String module : List.of("projects-service", "funding-service", "partnership-service", "gateway")) {
            Path dockerfile = ROOT.resolve(module).resolve("src/main/docker/Dockerfile.jvm");
            assertTrue(Files.isRegularFile(dockerfile), dockerfile + " is missing");
            String text = Files.readString(dockerfile);
            assertTrue(text.contains("USER 185"), module + " must not run as root");
            assertTrue(text.contains("HEALTHCHECK"), module + " needs a health check");
            // the health check must use what the image surely has (its JVM), not curl, which a JRE image may lack
            assertFalse(text.contains("curl"), module + "'s Dockerfile calls curl");
            assertTrue(text.contains("kr.go.msit.standards.platform.ops.HealthProbe"), module);
        }
        assertTrue(Files.isExecutable(ROOT.resolve("deploy/postgres/init-databases.sh")));
        for (String module : List.of("projects-service", "funding-service", "partnership-service", "gateway")) {
            String block = services.get(module);
            assertTrue(block.contains("<<: *health-probe"), module + " needs the JVM health probe");
        }
        assertFalse(compose.contains("curl"), "a compose health check calls curl, which the images may lack");
    }

    /** The service blocks of the compose file, by name. */
    private static Map<String, String> services(String compose) {
        String body = compose.substring(compose.indexOf("\nservices:\n"), compose.indexOf("\nvolumes:\n"));
        Map<String, String> services = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher start =
                java.util.regex.Pattern.compile("\n  ([a-z][a-z0-9-]*):\n").matcher(body);
        List<Integer> starts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        while (start.find()) {
            starts.add(start.start());
            names.add(start.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            services.put(
                    names.get(i),
                    body.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : body.length()));
        }
        return services;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
