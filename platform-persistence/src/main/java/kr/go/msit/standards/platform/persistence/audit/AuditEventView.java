package kr.go.msit.standards.platform.persistence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audited change: who (token subject and institution), when, what (resource, id, action, the changed fields
 * with old and new values) and the request id that carried it.
 */
@Schema(name = "AuditEvent")
public record AuditEventView(
        UUID id,
        Instant occurredAt,
        String actorSubject,
        UUID actorInstitutionId,
        String actorRoles,
        String requestId,
        @Schema(example = "project") String resource,
        UUID resourceId,
        @Schema(description = "The record this one belongs to, for example the project of a report") UUID parentId,
        @Schema(example = "activate") String action,
        @Schema(description = "Changed fields: {\"field\": {\"old\": value, \"new\": value}}", example = "{\"status\":{\"old\":\"AGREEMENT_SIGNED\",\"new\":\"ACTIVE\"}}")
        JsonNode changes) {
}
