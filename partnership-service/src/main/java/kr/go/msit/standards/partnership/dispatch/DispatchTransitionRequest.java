package kr.go.msit.standards.partnership.dispatch;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a dispatch transition. */
@Schema(name = "DispatchTransitionRequest")
public record DispatchTransitionRequest(
        @Schema(
                description =
                        "arrive: the arrival day; complete and cut-short: the last day on site; today when absent")
        LocalDate date,

        @Size(max = 1000) @Schema(description = "Required to cancel or cut short")
        String reason) {

    public static final DispatchTransitionRequest EMPTY = new DispatchTransitionRequest(null, null);
}
