package kr.go.msit.standards.platform.persistence.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stretch of the change feed. Unlike the API's lists it has no pages or total: it is a position, and {@code next}
 * is always given (also when nothing new has happened), so a reader polls with it for ever.
 */
@Schema(name = "EventFeedPage", description = "Events after a cursor, oldest first")
public record EventFeedPage(
        @Schema(description = "The events after the cursor, in the feed's order (at most size)")
        List<CloudEventView> items,

        @Schema(
                description = "Pass it back as after= to read on; also when items is empty (it may still move past "
                        + "events you may not read)")
        String next,

        @Schema(description = "True when more events may be read at once; false when the reader has caught up")
        boolean more) {}
