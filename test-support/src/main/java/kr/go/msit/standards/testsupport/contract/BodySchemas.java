package kr.go.msit.standards.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A document's schemas as a JSON Schema 2020-12 validator (networknt) checks bodies against them, made strict for the
 * check: an object schema that lists its properties admits no others. Each schema a body is checked against is built
 * once.
 */
final class BodySchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://contract.test/openapi.json";
    private static final AtomicInteger IDS = new AtomicInteger();

    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    BodySchemas(JsonNode document) {
        JsonNode strict = document.deepCopy();
        strict(strict);
        String text = strict.toString();
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(BASE, text)));
    }

    /** Adds to {@code violations} where {@code body} (JSON) is not what {@code schemaNode} describes. */
    void validate(String what, JsonNode schemaNode, String body, List<String> violations) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            violations.add(what + ": not JSON: " + Contract.abbreviate(body));
            return;
        }
        Schema schema = schemas.computeIfAbsent(schemaNode.toString(), key -> {
            JsonNode absolute = schemaNode.deepCopy();
            absolute(absolute);
            return registry.getSchema(
                    SchemaLocation.of("https://contract.test/schema/" + IDS.incrementAndGet()), absolute);
        });
        List<Error> errors = schema.validate(instance);
        for (Error error : errors) {
            violations.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage() + " (in "
                    + Contract.abbreviate(body) + ")");
        }
    }

    /** Every object schema that lists its properties admits no others (for the check only). */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties")
                    && object.path("properties").isObject()
                    && !object.has("additionalProperties")
                    && !object.has("allOf")
                    && !object.has("unevaluatedProperties")) {
                object.set("additionalProperties", BooleanNode.FALSE);
            }
            object.elements().forEachRemaining(BodySchemas::strict);
        } else if (node instanceof ArrayNode array) {
            array.forEach(BodySchemas::strict);
        }
    }

    private static void absolute(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith("#/")) {
                object.set("$ref", TextNode.valueOf(BASE + ref.asText()));
            }
            object.elements().forEachRemaining(BodySchemas::absolute);
        } else if (node instanceof ArrayNode array) {
            array.forEach(BodySchemas::absolute);
        }
    }
}
