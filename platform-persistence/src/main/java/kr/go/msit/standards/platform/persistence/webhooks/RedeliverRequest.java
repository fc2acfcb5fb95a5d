package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to deliver again: one event, or everything after a cursor. Exactly one is given. */
@Schema(name = "RedeliverRequest")
public record RedeliverRequest(
        @Schema(nullable = true, description = "The id of one event to deliver again (ahead of the others)")
        UUID eventId,

        @Schema(
                nullable = true,
                description = "Deliver again, in order, every event after this feed cursor (the subscription's "
                        + "cursor moves back to it)")
        @Size(max = 60)
        String after) {}
