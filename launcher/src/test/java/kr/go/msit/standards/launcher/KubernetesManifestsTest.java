package kr.go.msit.standards.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes, offline: every document parses, every module has a Deployment with the three probes on the
 * health endpoints, requests and limits, a non-root user and its image; a Service on the container's port; a
 * HorizontalPodAutoscaler on the Deployment; every ConfigMap and Secret reference is satisfied or documented.
 */
class KubernetesManifestsTest {

    private static final Path DIRECTORY =
            Path.of("..", "deploy", "kubernetes").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Integer> MODULES =
            Map.of("projects-service", 8081, "funding-service", 8082, "partnership-service", 8083, "gateway", 8080);
    /** Each module's management port (health, metrics): its port + 1000, as the README's table says. */
    private static int management(String module) {
        return MODULES.get(module) + 1000;
    }
    /** Secrets the operator creates (README, "Kubernetes"); never committed. */
    private static final Set<String> DOCUMENTED_SECRETS = Set.of(
            "kus-projects-database",
            "kus-funding-database",
            "kus-partnership-database",
            "kus-cursor-key",
            "kus-webhook-key");

    private static List<JsonNode> documents() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> each =
                        YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (each.hasNext()) {
                        JsonNode document = each.next();
                        if (document != null && !document.isEmpty()) {
                            documents.add(document);
                        }
                    }
                }
            }
        }
        return documents;
    }

    private static JsonNode find(List<JsonNode> documents, String kind, String name) {
        return documents.stream()
                .filter(d -> kind.equals(d.path("kind").asText())
                        && name.equals(d.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name + " is missing from " + DIRECTORY));
    }

    @Test
    void everyModuleHasADeploymentWithProbesResourcesAndItsImage() throws IOException {
        List<JsonNode> documents = documents();
        for (Map.Entry<String, Integer> module : MODULES.entrySet()) {
            String name = module.getKey();
            JsonNode pod = find(documents, "Deployment", name)
                    .path("spec")
                    .path("template")
                    .path("spec");
            JsonNode container = pod.path("containers").get(0);
            assertTrue(
                    container.path("image").asText().matches("[a-z0-9.-]+/kus/" + name + ":[0-9][\\w.-]*"),
                    name + " image " + container.path("image"));
            assertEquals(
                    module.getValue(),
                    container.path("ports").get(0).path("containerPort").asInt(),
                    name);
            assertEquals("management", container.at("/ports/1/name").asText(), name);
            assertEquals(
                    management(name), container.at("/ports/1/containerPort").asInt(), name);
            for (String[] probe :
                    new String[][] {{"startupProbe", "started"}, {"livenessProbe", "live"}, {"readinessProbe", "ready"}
                    }) {
                assertEquals(
                        "/q/health/" + probe[1],
                        container.at("/" + probe[0] + "/httpGet/path").asText(),
                        name);
                assertEquals(
                        "management",
                        container.at("/" + probe[0] + "/httpGet/port").asText(),
                        name + " " + probe[0]);
            }
            JsonNode annotations = find(documents, "Deployment", name).at("/spec/template/metadata/annotations");
            assertEquals(
                    Integer.toString(management(name)),
                    annotations.path("prometheus.io/port").asText(),
                    name);
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText(), name);
            assertTrue(container.path("env").findValuesAsText("name").contains("QUARKUS_MANAGEMENT_PORT"), name);
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(
                            container
                                    .path("resources")
                                    .path(kind)
                                    .path(resource)
                                    .asText()
                                    .isEmpty(),
                            name + " needs resources." + kind + "." + resource);
                }
            }
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), name + " runs as root");
            assertTrue(
                    pod.path("terminationGracePeriodSeconds").asInt() > 20,
                    name + ": the grace period must outlast quarkus.shutdown.timeout (20 s)");

            JsonNode service = find(documents, "Service", name);
            assertEquals(module.getValue(), service.at("/spec/ports/0/port").asInt(), name);
            assertEquals(
                    name, service.at("/spec/selector/app.kubernetes.io~1name").asText(), name);

            JsonNode hpa = find(documents, "HorizontalPodAutoscaler", name);
            assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
            assertEquals(name, hpa.at("/spec/scaleTargetRef/name").asText());
            assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, name + " should keep two replicas for availability");
            assertTrue(hpa.at("/spec/maxReplicas").asInt()
                    > hpa.at("/spec/minReplicas").asInt());
        }
    }

    @Test
    void onlyTheGatewaysApiIsOpenAndManagementPortsOnlyToMonitoringAndTheGateway() throws IOException {
        List<JsonNode> policies = documents().stream()
                .filter(d -> "NetworkPolicy".equals(d.path("kind").asText()))
                .toList();
        JsonNode deny = policies.stream()
                .filter(p -> p.at("/spec/podSelector").isEmpty()
                        && p.at("/spec/ingress").isMissingNode())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no default-deny ingress policy"));
        assertEquals("Ingress", deny.at("/spec/policyTypes/0").asText());
        for (JsonNode policy : policies) {
            for (JsonNode rule : policy.at("/spec/ingress")) {
                Set<String> ports = new HashSet<>(rule.path("ports").findValuesAsText("port"));
                assertFalse(ports.isEmpty(), policy.at("/metadata/name") + ": a rule without ports opens every port");
                if (rule.path("from").isMissingNode()) {
                    // from anywhere: the gateway's API port only
                    assertEquals(
                            Set.of("http"), ports, policy.at("/metadata/name").asText());
                    assertEquals(
                            "gateway",
                            policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name")
                                    .asText());
                }
                if (ports.contains("management")) {
                    assertEquals(Set.of("management"), ports);
                    for (JsonNode from : rule.path("from")) {
                        boolean monitoring = "monitoring"
                                .equals(from.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                                        .asText());
                        boolean gateway = "gateway"
                                .equals(from.at("/podSelector/matchLabels/app.kubernetes.io~1name")
                                        .asText());
                        assertTrue(
                                monitoring || gateway,
                                policy.at("/metadata/name") + " opens management ports to " + from);
                    }
                }
            }
        }
    }

    @Test
    void configurationReferencesResolveAndTheServicesGetWhatTheyRequire() throws IOException {
        List<JsonNode> documents = documents();
        JsonNode config = find(documents, "ConfigMap", "kus-config").path("data");
        Set<String> secretsUsed = new HashSet<>();
        for (String name : MODULES.keySet()) {
            JsonNode container = find(documents, "Deployment", name).at("/spec/template/spec/containers/0");
            Set<String> variables = new HashSet<>();
            for (JsonNode from : container.path("envFrom")) {
                assertEquals("kus-config", from.at("/configMapRef/name").asText(), name);
                config.fieldNames().forEachRemaining(variables::add);
            }
            for (JsonNode env : container.path("env")) {
                variables.add(env.path("name").asText());
                JsonNode secret = env.at("/valueFrom/secretKeyRef");
                if (!secret.isMissingNode()) {
                    secretsUsed.add(secret.path("name").asText());
                }
            }
            if (!name.equals("gateway")) {
                for (String required : List.of(
                        "JWT_ISSUER",
                        "JWT_PUBLIC_KEY_LOCATION",
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "CURSOR_KEY",
                        "WEBHOOK_SECRET_KEY")) {
                    assertTrue(variables.contains(required), name + " lacks " + required);
                }
            } else {
                assertTrue(variables.containsAll(List.of(
                        "PROJECTS_SERVICE_URL",
                        "FUNDING_SERVICE_URL",
                        "PARTNERSHIP_SERVICE_URL",
                        "PROJECTS_SERVICE_MANAGEMENT_URL",
                        "FUNDING_SERVICE_MANAGEMENT_URL",
                        "PARTNERSHIP_SERVICE_MANAGEMENT_URL")));
            }
        }
        assertEquals(DOCUMENTED_SECRETS, secretsUsed);
        String kustomization = Files.readString(DIRECTORY.resolve("kustomization.yaml"));
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .forEach(f -> assertTrue(kustomization.contains("- " + f), f + " is not in kustomization.yaml"));
        }
    }
}
