package kr.go.msit.standards.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every property of a schema the API answers with says what it means: the record component's
 * {@code @Schema(description = ...)}, or, for the few names that mean the same in every record, the glossary below
 * (written once rather than on each record). A property without either fails the build, naming it. A step of
 * {@link ApiContract}.
 */
final class PropertyDescriptions {

    static final Map<String, String> GLOSSARY = Map.ofEntries(
            Map.entry("id", "The record's id"),
            Map.entry("code", "The record's unique code, the name people use for it"),
            Map.entry("version", "The record's version, raised by every change; its ETag, for If-Match"),
            Map.entry("status", "The record's state in its state machine (see the README's state machines)"),
            Map.entry(
                    "statusReason",
                    "The reason given with the transition into the current state; null when none was given"),
            Map.entry("createdAt", "When the record was created (UTC)"),
            Map.entry("updatedAt", "When the record last changed (UTC)"),
            Map.entry("titleKo", "Title in Korean"),
            Map.entry("titleEn", "Title in English"),
            Map.entry("nameKo", "Name in Korean"),
            Map.entry("nameEn", "Name in English"));

    private PropertyDescriptions() {}

    static void document(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<String> undescribed = new ArrayList<>();
        for (String name : SchemaGraph.answered(openAPI)) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() == null) {
                continue;
            }
            schema.getProperties().forEach((property, value) -> {
                if (value.getDescription() == null || value.getDescription().isBlank()) {
                    String meaning = GLOSSARY.get(property);
                    if (meaning == null) {
                        undescribed.add(name + "." + property);
                    } else {
                        value.setDescription(meaning);
                    }
                }
            });
        }
        if (!undescribed.isEmpty()) {
            throw new IllegalStateException("Properties of answers without a description (add @Schema(description = "
                    + "...) to the record component): " + undescribed);
        }
    }
}
