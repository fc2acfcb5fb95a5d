package kr.go.msit.standards.projects.project;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Submit a report (with its document reference) or review it (with a note). */
@Schema(name = "ReportActionRequest")
public record ReportActionRequest(
        @Size(max = 500) @Schema(description = "Where the submitted document is filed; required to submit")
        String documentReference,

        @Size(max = 2000) String note) {

    public static final ReportActionRequest EMPTY = new ReportActionRequest(null, null);
}
