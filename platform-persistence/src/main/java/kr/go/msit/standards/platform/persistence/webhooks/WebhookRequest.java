package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(
                example = "https://receiver.example.go.kr/kus/events",
                description = "Where events are POSTed: https:// (http:// only where configured), resolving to a "
                        + "public address unless configured otherwise")
        @NotBlank
        @Size(max = 2000)
        String targetUrl,

        @Schema(
                nullable = true,
                description = "The event types to deliver (see the document's webhooks section); empty or absent: "
                        + "every type you may read")
        @Size(max = 100)
        List<@NotBlank @Size(max = 160) String> types,

        @Schema(nullable = true, description = "What the subscription is for") @Size(max = 500)
        String description,

        @Schema(
                nullable = true,
                description = "Start after this feed cursor (next of a feed read), to receive what happened since; "
                        + "absent: from now on")
        @Size(max = 60)
        String after) {}
