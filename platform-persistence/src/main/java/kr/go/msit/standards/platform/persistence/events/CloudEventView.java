package kr.go.msit.standards.platform.persistence.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change, as a CloudEvents 1.0 JSON event (the feed's items and every webhook's body). */
@Schema(name = "CloudEvent", description = "A change of a record, as a CloudEvents 1.0 event (JSON format)")
public record CloudEventView(
        @Schema(enumeration = "1.0", description = "The CloudEvents version: 1.0")
        String specversion,

        @Schema(description = "The event's id: unique, the same on every delivery of it (de-duplicate by it)")
        UUID id,

        @Schema(example = "/api/v1/events/projects", description = "Where the event comes from: the service's feed")
        String source,

        @Schema(
                example = "kr.go.msit.kus.project.suspended",
                description = "What happened: kr.go.msit.kus.<resource>.<what happened>; every type is listed, with "
                        + "its data's schema, in the document's webhooks section")
        String type,

        @Schema(description = "The id of the record that changed")
        UUID subject,

        @Schema(description = "When the change was made (UTC)")
        Instant time,

        @Schema(enumeration = "application/json", description = "The media type of data: application/json")
        String datacontenttype,

        @Schema(
                type = SchemaType.OBJECT,
                description = "The record's API view after the change, as the reader may see it (personal data null "
                        + "for readers who may not see it)")
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
}
