package kr.go.msit.standards.platform.persistence.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audited change: who (token subject and institution), when, what (resource, id, action, the changed fields
 * with old and new values) and the request id that carried it.
 */
@Schema(name = "AuditEvent")
public record AuditEventView(
        UUID id,

        @Schema(description = "When the change was recorded (UTC)")
        Instant occurredAt,

        @Schema(description = "Token subject (sub) of whoever made the change")
        String actorSubject,

        @Schema(
                nullable = true,
                description = "The institution_id claim of the actor's token; null when it carries none")
        UUID actorInstitutionId,

        @Schema(description = "The actor's roles, sorted and comma-separated, e.g. finance-officer,program-manager")
        String actorRoles,

        @Schema(
                nullable = true,
                description = "X-Request-ID of the request that made the change; null when there was none")
        String requestId,

        @Schema(example = "project", description = "Kind of record changed, e.g. project, allocation, carry-over")
        String resource,

        @Schema(description = "Id of the record changed") UUID resourceId,

        @Schema(nullable = true, description = "The record this one belongs to, for example the project of a report")
        UUID parentId,

        @Schema(
                example = "activate",
                description = "What was done: create, update, or a transition such as activate, submit, select")
        String action,

        @Schema(
                type = SchemaType.OBJECT,
                additionalProperties = AuditEventView.FieldChange.class,
                description = "The changed fields, by name: each with its value before and after the change",
                example = "{\"status\":{\"old\":\"AGREEMENT_SIGNED\",\"new\":\"ACTIVE\"}}")
        JsonNode changes) {

    /** One changed field. Documentation only: {@code changes} is written by the audit trail as JSON. */
    @Schema(name = "FieldChange", description = "A field's value before and after a change")
    public record FieldChange(
            @Schema(
                    name = "old",
                    description = "The value before (null when the record was created or the field was empty)")
            @JsonProperty("old")
            JsonNode oldValue,

            @Schema(name = "new", description = "The value after (null when the field was cleared)")
            @JsonProperty("new")
            JsonNode newValue) {}
}
