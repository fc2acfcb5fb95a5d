package kr.go.msit.standards.projects.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report as the API shows it; {@code overdue} is computed for today. */
@Schema(name = "Report")
public record ReportView(
        UUID id,

        @Schema(description = "The project (과제) that owes the report")
        UUID projectId,

        @Schema(description = "Kind of report: ANNUAL (연차), STAGE (단계) or FINAL (최종)")
        ReportType type,

        @Schema(
                description =
                        "Number of the report within its type, from 1 (for annual reports, the year of performance)")
        int sequence,

        @Schema(description = "Day the report is due (YYYY-MM-DD)")
        LocalDate dueDate,

        ReportStatus status,

        @Schema(
                description =
                        "True while the report is still owed (DUE or REVISION_REQUESTED) after its due date, as of today")
        boolean overdue,

        @Schema(nullable = true, description = "Where the submitted document is filed; null until submitted")
        String documentReference,

        @Schema(
                nullable = true,
                description = "The last review note, given on accepting it or asking for revision; null when none")
        String reviewNote,

        @Schema(nullable = true, description = "When the report was last submitted (UTC); null until submitted")
        Instant submittedAt,

        @Schema(
                nullable = true,
                description = "When it was last accepted or returned for revision (UTC); null until reviewed")
        Instant reviewedAt,

        long version) {

    static ReportView of(Report r, LocalDate today) {
        return new ReportView(
                r.id,
                r.projectId,
                r.type,
                r.sequence,
                r.dueDate,
                r.status(),
                r.overdueOn(today),
                r.documentReference,
                r.reviewNote,
                r.submittedAt,
                r.reviewedAt,
                r.version);
    }
}
