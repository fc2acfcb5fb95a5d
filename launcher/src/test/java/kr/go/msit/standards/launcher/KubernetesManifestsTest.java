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

    private static final Path DIRECTORY = Path.of("..", "deploy", "kubernetes").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Integer> MODULES = Map.of("projects-service", 8081, "funding-service", 8082,
            "partnership-service", 8083, "gateway", 8080);
    /** Secrets the operator creates (README, "Kubernetes"); never committed. */
    private static final Set<String> DOCUMENTED_SECRETS = Set.of("kus-projects-database", "kus-funding-database",
            "kus-partnership-database");

    private static List<JsonNode> documents() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> each = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
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
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())
                && name.equals(d.path("metadata").path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name + " is missing from " + DIRECTORY));
    }

    @Test
    void everyModuleHasADeploymentWithProbesResourcesAndItsImage() throws IOException {
        List<JsonNode> documents = documents();
        for (Map.Entry<String, Integer> module : MODULES.entrySet()) {
            String name = module.getKey();
            JsonNode pod = find(documents, "Deployment", name).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            assertTrue(container.path("image").asText().matches("[a-z0-9.-]+/kus/" + name + ":[0-9][\\w.-]*"),
                    name + " image " + container.path("image"));
            assertEquals(module.getValue(), container.path("ports").get(0).path("containerPort").asInt(), name);
            assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText(), name);
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), name);
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), name);
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(container.path("resources").path(kind).path(resource).asText().isEmpty(),
                            name + " needs resources." + kind + "." + resource);
                }
            }
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), name + " runs as root");
            assertTrue(pod.path("terminationGracePeriodSeconds").asInt() > 20,
                    name + ": the grace period must outlast quarkus.shutdown.timeout (20 s)");

            JsonNode service = find(documents, "Service", name);
            assertEquals(module.getValue(), service.at("/spec/ports/0/port").asInt(), name);
            assertEquals(name, service.at("/spec/selector/app.kubernetes.io~1name").asText(), name);

            JsonNode hpa = find(documents, "HorizontalPodAutoscaler", name);
            assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
            assertEquals(name, hpa.at("/spec/scaleTargetRef/name").asText());
            assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, name + " should keep two replicas for availability");
            assertTrue(hpa.at("/spec/maxReplicas").asInt() > hpa.at("/spec/minReplicas").asInt());
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
                for (String required : List.of("JWT_ISSUER", "JWT_PUBLIC_KEY_LOCATION", "QUARKUS_DATASOURCE_JDBC_URL",
                        "QUARKUS_DATASOURCE_PASSWORD")) {
                    assertTrue(variables.contains(required), name + " lacks " + required);
                }
            } else {
                assertTrue(variables.containsAll(List.of("PROJECTS_SERVICE_URL", "FUNDING_SERVICE_URL", "PARTNERSHIP_SERVICE_URL")));
            }
        }
        assertEquals(DOCUMENTED_SECRETS, secretsUsed);
        String kustomization = Files.readString(DIRECTORY.resolve("kustomization.yaml"));
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .forEach(f -> assertTrue(kustomization.contains("- " + f), f + " is not in kustomization.yaml"));
        }
    }
}
