package kr.go.msit.standards.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Components that two services name alike but define differently are renamed per service before the merge
 * ({@code BudgetLine} → {@code FundingBudgetLine}), with every reference to them, webhooks included.
 */
final class ComponentRenames {

    private static final String COMPONENTS_REF = "#/components/";

    private ComponentRenames() {}

    /**
     * Components with the same name but different content, renamed per service. Returns copies of the documents
     * with those components and every reference to them renamed.
     */
    static Map<String, JsonNode> apply(Map<String, JsonNode> documents, List<String> conflicts) {
        Map<String, Map<String, JsonNode>> definitions = new TreeMap<>(); // kind/name -> service -> definition
        documents.forEach((service, document) -> document.path("components")
                .fields()
                .forEachRemaining(kind -> kind.getValue()
                        .fields()
                        .forEachRemaining(component -> definitions
                                .computeIfAbsent(kind.getKey() + "/" + component.getKey(), key -> new LinkedHashMap<>())
                                .put(service, component.getValue()))));
        Map<String, JsonNode> result = new LinkedHashMap<>();
        documents.forEach((service, document) -> {
            Map<String, String> renames = new LinkedHashMap<>(); // kind/name -> kind/newName
            definitions.forEach((key, byService) -> {
                if (byService.containsKey(service)
                        && byService.values().stream().distinct().count() > 1
                        && !key.startsWith("securitySchemes/")) {
                    String kind = key.substring(0, key.indexOf('/'));
                    String name = key.substring(key.indexOf('/') + 1);
                    renames.put(key, kind + "/" + capitalise(service) + name);
                }
            });
            ObjectNode copy = document.deepCopy();
            renames.forEach((from, to) -> {
                ObjectNode kind = (ObjectNode) copy.path("components").path(from.substring(0, from.indexOf('/')));
                String oldName = from.substring(from.indexOf('/') + 1);
                String newName = to.substring(to.indexOf('/') + 1);
                if (kind.has(newName)) {
                    conflicts.add(from + " of " + service + " cannot be renamed to " + newName + ": the name is taken");
                }
                kind.set(newName, kind.remove(oldName));
            });
            if (!renames.isEmpty()) {
                rewriteRefs(copy, renames);
            }
            result.put(service, copy);
        });
        return result;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS_REF)) {
                String renamed = renames.get(ref.asText().substring(COMPONENTS_REF.length()));
                if (renamed != null) {
                    object.set("$ref", TextNode.valueOf(COMPONENTS_REF + renamed));
                }
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                rewriteRefs(children.next(), renames);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static String capitalise(String service) {
        StringBuilder name = new StringBuilder();
        for (String word : service.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
