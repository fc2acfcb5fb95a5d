package kr.go.msit.standards.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the services' generated OpenAPI documents into one, for the gateway to publish.
 *
 * <p>The rules, each enforced rather than assumed:
 * <ul>
 *   <li>Paths are public paths already (every service serves {@code /api/v1/<resource>}). A path in two documents
 *       is kept once only when each method it has in both is the same operation (the audit search, which every
 *       service answers for itself and the gateway routes by its {@code service} segment); otherwise the merge
 *       fails.</li>
 *   <li>operationIds are unique across the merged document, else the merge fails.</li>
 *   <li>Every operation has exactly one tag, and that tag is declared; a tag declared twice must say the same.</li>
 *   <li>A component (schema, parameter, response, ...) defined identically by several services is kept once. One
 *       defined differently is renamed in every service that defines it, with the service's name as a prefix
 *       ({@code BudgetLine} → {@code ProjectsBudgetLine}, {@code FundingBudgetLine}), and the references of each
 *       document are rewritten to match. Security schemes are never renamed: they must be identical.</li>
 *   <li>{@code servers} and {@code info} of the services are dropped: the gateway is the only server and says
 *       what the API is.</li>
 * </ul>
 * All conflicts are collected and reported together, so one failed build shows them all.
 */
public final class OpenApiMerge {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** The documents could not be merged; the message lists every conflict. */
    public static final class Conflict extends RuntimeException {
        private final List<String> conflicts;

        Conflict(List<String> conflicts) {
            super("The services' OpenAPI documents cannot be merged:\n  - " + String.join("\n  - ", conflicts));
            this.conflicts = List.copyOf(conflicts);
        }

        public List<String> conflicts() {
            return conflicts;
        }
    }

    private OpenApiMerge() {}

    /**
     * Merges the documents, given by service name (for example {@code projects}) in a stable order.
     *
     * @throws Conflict listing every conflict that the rules above do not resolve
     */
    public static ObjectNode merge(Map<String, JsonNode> documents) {
        List<String> conflicts = new ArrayList<>();
        Map<String, JsonNode> renamed = ComponentRenames.apply(documents, conflicts);

        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.put("openapi", firstText(renamed, "openapi", "3.1.0"));
        ObjectNode paths = merged.putObject("paths");
        ObjectNode webhooks = JsonNodeFactory.instance.objectNode();
        ObjectNode components = JsonNodeFactory.instance.objectNode();
        Map<String, JsonNode> tags = new TreeMap<>();
        Map<String, String> operationIds = new LinkedHashMap<>();

        renamed.forEach((service, document) -> {
            document.path("paths")
                    .fields()
                    .forEachRemaining(
                            path -> mergePath(service, path.getKey(), path.getValue(), paths, operationIds, conflicts));
            document.path("webhooks").fields().forEachRemaining(webhook -> {
                JsonNode earlier = webhooks.get(webhook.getKey());
                if (earlier == null) {
                    webhooks.set(webhook.getKey(), webhook.getValue().deepCopy());
                } else if (!earlier.equals(webhook.getValue())) {
                    conflicts.add("webhook '" + webhook.getKey() + "' of " + service + " differs from another's");
                }
            });
            document.path("components")
                    .fields()
                    .forEachRemaining(kind -> kind.getValue()
                            .fields()
                            .forEachRemaining(component -> mergeComponent(
                                    service,
                                    kind.getKey(),
                                    component.getKey(),
                                    component.getValue(),
                                    components,
                                    conflicts)));
            for (JsonNode tag : document.path("tags")) {
                JsonNode earlier = tags.putIfAbsent(tag.path("name").asText(), tag);
                if (earlier != null && !earlier.equals(tag)) {
                    conflicts.add("tag '" + tag.path("name").asText() + "' is declared differently by " + service);
                }
            }
        });
        checkTags(paths, tags.keySet(), conflicts);
        if (!conflicts.isEmpty()) {
            throw new Conflict(conflicts);
        }
        if (!webhooks.isEmpty()) {
            merged.set("webhooks", webhooks); // OpenAPI 3.1: the event types the services' webhooks deliver
        }
        merged.set("components", components);
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        return merged;
    }

    private static void mergePath(
            String service,
            String path,
            JsonNode item,
            ObjectNode paths,
            Map<String, String> operationIds,
            List<String> conflicts) {
        ObjectNode target = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        item.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            JsonNode earlier = target.get(key);
            if (earlier != null) {
                if (!earlier.equals(entry.getValue())) {
                    conflicts.add((METHODS.contains(key) ? key.toUpperCase() + " " : "'" + key + "' of ") + path
                            + " differs between " + service + " and an earlier service");
                }
                return;
            }
            target.set(key, entry.getValue().deepCopy());
            if (METHODS.contains(key)) {
                String id = entry.getValue().path("operationId").asText(null);
                if (id == null) {
                    conflicts.add(key.toUpperCase() + " " + path + " of " + service + " has no operationId");
                } else {
                    String owner = operationIds.putIfAbsent(id, service + " " + key.toUpperCase() + " " + path);
                    if (owner != null) {
                        conflicts.add("operationId '" + id + "' is used by " + owner + " and by " + service + " "
                                + key.toUpperCase() + " " + path);
                    }
                }
            }
        });
    }

    private static void mergeComponent(
            String service, String kind, String name, JsonNode value, ObjectNode components, List<String> conflicts) {
        ObjectNode ofKind = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
        JsonNode earlier = ofKind.get(name);
        if (earlier == null) {
            ofKind.set(name, value.deepCopy());
        } else if (!earlier.equals(value)) {
            // renameDifferingComponents has renamed everything else; only security schemes stay
            conflicts.add(kind + " '" + name + "' of " + service + " differs from another service's");
        }
    }

    private static void checkTags(ObjectNode paths, Set<String> declared, List<String> conflicts) {
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (!METHODS.contains(op.getKey())) {
                        return;
                    }
                    JsonNode tags = op.getValue().path("tags");
                    String where = op.getKey().toUpperCase() + " " + path.getKey();
                    if (tags.size() != 1) {
                        conflicts.add(where + " has " + tags.size()
                                + " tags; every operation has exactly one (its resource)");
                    } else if (!declared.contains(tags.get(0).asText())) {
                        conflicts.add(where + " uses tag '" + tags.get(0).asText() + "', which no service declares");
                    }
                }));
    }

    private static String firstText(Map<String, JsonNode> documents, String field, String otherwise) {
        return documents.values().stream()
                .map(document -> document.path(field).asText(null))
                .filter(value -> value != null)
                .findFirst()
                .orElse(otherwise);
    }

    /**
     * {@code OpenApiMerge <output.yaml> <service>=<document.yaml|json> ...}: writes the merged document, or throws
     * {@link Conflict} naming every conflict, which fails the build.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            // never System.exit: the build runs this inside Maven's own JVM
            throw new IllegalArgumentException("usage: OpenApiMerge <output.yaml> <service>=<document> ...");
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            Path file = Path.of(pair[1]);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no OpenAPI document for " + pair[0] + " at " + file.toAbsolutePath()
                        + ": build that service first (the root pom orders the modules)");
            }
            documents.put(pair[0], yaml.readTree(file.toFile()));
        }
        ObjectNode merged = merge(documents);
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        yaml.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), merged);
        System.out.println("[openapi-merge] " + merged.path("paths").size() + " paths from " + documents.keySet()
                + " written to " + output);
    }
}
