package kr.go.msit.standards.platform.openapi;

import static kr.go.msit.standards.platform.openapi.SchemaGraph.children;
import static kr.go.msit.standards.platform.openapi.SchemaGraph.name;
import static kr.go.msit.standards.platform.openapi.SchemaGraph.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schemas say exactly what the API sends and takes:
 * <ul>
 *   <li><b>Always sent.</b> Every property of a schema the API answers with (reachable from any response) is
 *       always sent, so it is {@code required}; one that may be null says so by being nullable (annotated
 *       {@code @Schema(nullable = true)} on the record component), so a generated client types it {@code T | null},
 *       never {@code T | undefined}. A schema
 *       that lists its own {@code required} (the problem body, whose members are sent only when they apply) keeps
 *       it. Request schemas keep what bean validation made required.</li>
 *   <li><b>Nullable the OpenAPI 3.1 way.</b> {@code type: [X, "null"]} for a plain type, with {@code null} in the
 *       {@code enum} of an inline enum; {@code anyOf: [{$ref}, {type: "null"}]} for a referenced schema, without
 *       the stray {@code type} the scanner puts beside it.</li>
 *   <li><b>A transition whose fields are all optional takes no body</b> ({@code requestBody.required: false}); the
 *       runtime accepts it without one (see {@code TransitionBodies} of each service and the tests).</li>
 * </ul>
 * A step of {@link ApiContract}.
 */
final class ExactSchemas {

    private static final String JSON_NODE = "JsonNode";
    /** {@code POST /api/v1/<resource>/{id}/<action>} and deeper ({@code …/participants/{pid}/attendance} is a PUT). */
    private static final Pattern TRANSITION = Pattern.compile(".*/\\{[^/}]+}/[a-z][a-z-]*");

    private ExactSchemas() {}

    static void apply(OpenAPI openAPI) {
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        anyJsonForJsonNode(openAPI, schemas);
        schemas = openAPI.getComponents().getSchemas();
        optionalTransitionBodies(openAPI, schemas);
        Set<String> answered = SchemaGraph.answered(openAPI);
        Set<String> asked = SchemaGraph.asked(openAPI);
        for (String name : asked) {
            Schema schema = schemas.get(name);
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            if (answered.contains(name)
                    && schema.getProperties() != null
                    && !required.containsAll(schema.getProperties().keySet())) {
                // always sent in an answer, optional in a request: one schema cannot say both
                throw new IllegalStateException("Schema " + name + " is used by a request, where some of its fields "
                        + "are optional, and by an answer, where every field is sent: give the answer a View record "
                        + "of its own");
            }
        }
        asked.removeAll(answered);
        for (String name : asked) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((property, value) -> {
                    if (!required.contains(property)) {
                        acceptNull(value);
                    }
                });
            }
        }
        for (String name : answered) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                // Jackson writes every component of a record, null as null: each property is always there
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        schemas.values().forEach(ExactSchemas::tidy);
    }

    /**
     * A {@code JsonNode} in a record is any JSON value (the audit trail's old and new values, for example); the
     * scanner would describe Jackson's class instead. Its references become the empty schema, and the class's own
     * schemas go.
     */
    private static void anyJsonForJsonNode(OpenAPI openAPI, Map<String, Schema> schemas) {
        if (!schemas.containsKey(JSON_NODE)) {
            return;
        }
        schemas.values().forEach(ExactSchemas::anyJson);
        openAPI.getComponents().removeSchema(JSON_NODE);
        openAPI.getComponents().removeSchema(JSON_NODE + "Type");
    }

    private static void anyJson(Schema schema) {
        for (Schema child : children(schema)) {
            if (child.getRef() != null && name(child.getRef()).equals(JSON_NODE)) {
                child.setRef(null);
                child.setType(null);
            }
            anyJson(child);
        }
    }

    private static void optionalTransitionBodies(OpenAPI openAPI, Map<String, Schema> schemas) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation post = item.getOperations().get(PathItem.HttpMethod.POST);
            if (post == null
                    || post.getRequestBody() == null
                    || !TRANSITION.matcher(path).matches()
                    || post.getRequestBody().getContent() == null) {
                return;
            }
            boolean allOptional = post.getRequestBody().getContent().getMediaTypes().values().stream()
                    .map(MediaType::getSchema)
                    .allMatch(schema -> schema != null
                            && schema.getRef() != null
                            && noneRequired(schemas.get(name(schema.getRef()))));
            if (allOptional) {
                post.getRequestBody().setRequired(false);
            }
        });
    }

    private static boolean noneRequired(Schema schema) {
        return schema != null
                && (schema.getRequired() == null || schema.getRequired().isEmpty());
    }

    /**
     * An optional field of a request may also be sent as {@code null}, which the API reads as absent (except a
     * list, which a client leaves out).
     */
    private static void acceptNull(Schema property) {
        if (nullable(property)
                || (property.getType() != null && property.getType().contains(SchemaType.ARRAY))) {
            return;
        }
        if (property.getRef() != null) {
            Schema ref =
                    org.eclipse.microprofile.openapi.OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            property.setType(null);
            property.addAnyOf(ref)
                    .addAnyOf(org.eclipse.microprofile.openapi.OASFactory.createSchema()
                            .addType(SchemaType.NULL));
        } else if (property.getType() != null) {
            property.addType(SchemaType.NULL);
        }
    }

    /** Null is a value the property may take: a {@code null} type or a {@code null} alternative. */
    static boolean nullable(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> alternatives : List.of(nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            if (alternatives.stream().anyMatch(ExactSchemas::nullable)) {
                return true;
            }
        }
        return false;
    }

    /** Nullable written the 3.1 way, everywhere in the schema. */
    private static void tidy(Schema schema) {
        boolean refAlternative = nonNull(schema.getAnyOf()).stream().anyMatch(s -> s.getRef() != null)
                || nonNull(schema.getOneOf()).stream().anyMatch(s -> s.getRef() != null);
        if (schema.getType() != null && (schema.getRef() != null || refAlternative)) {
            // the scanner writes the Java type beside a reference (and beside anyOf for a nullable one): the
            // referenced schema says the type, and a stray one would contradict an object or an enum
            schema.setType(null);
        }
        if (schema.getType() != null
                && schema.getType().contains(SchemaType.NULL)
                && schema.getEnumeration() != null
                && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        children(schema).forEach(ExactSchemas::tidy);
    }
}
