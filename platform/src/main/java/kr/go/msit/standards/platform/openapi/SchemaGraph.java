package kr.go.msit.standards.platform.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Which component schemas the document's answers and requests reach, through references and nesting. */
final class SchemaGraph {

    private static final String REF_PREFIX = "#/components/schemas/";

    private SchemaGraph() {}

    /** The names of the schemas the API answers with (reachable from any response). */
    static Set<String> answered(OpenAPI openAPI) {
        return reachable(responseSchemas(openAPI), openAPI.getComponents().getSchemas());
    }

    /** The names of the schemas the API takes (reachable from any request body). */
    static Set<String> asked(OpenAPI openAPI) {
        return reachable(requestSchemas(openAPI), openAPI.getComponents().getSchemas());
    }

    /** A component schema's name, from a reference to it. */
    static String name(String ref) {
        return ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : ref;
    }

    /** The schemas nested directly in this one. */
    static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> list :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            children.addAll(list);
        }
        return children;
    }

    static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    private static List<Schema> requestSchemas(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        operation
                                .getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(media -> {
                                    if (media.getSchema() != null) {
                                        roots.add(media.getSchema());
                                    }
                                });
                    }
                }));
        return roots;
    }

    private static List<Schema> responseSchemas(OpenAPI openAPI) {
        List<APIResponse> responses = new ArrayList<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getResponses() != null) {
                        responses.addAll(
                                operation.getResponses().getAPIResponses().values());
                    }
                }));
        // and the shared answers operations refer to (ErrorResponses)
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            responses.addAll(openAPI.getComponents().getResponses().values());
        }
        List<Schema> roots = new ArrayList<>();
        for (APIResponse response : responses) {
            if (response.getContent() != null) {
                response.getContent().getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null) {
                        roots.add(media.getSchema());
                    }
                });
            }
        }
        return roots;
    }

    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Deque<Schema> pending = new ArrayDeque<>(roots);
        Set<String> reached = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = name(schema.getRef());
                if (schemas.containsKey(name) && reached.add(name)) {
                    pending.add(schemas.get(name));
                }
            }
            children(schema).forEach(pending::add);
        }
        return reached;
    }
}
