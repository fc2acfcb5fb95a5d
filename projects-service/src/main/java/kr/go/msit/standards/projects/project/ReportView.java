package kr.go.msit.standards.projects.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report as the API shows it; {@code overdue} is computed for today. */
@Schema(name = "Report")
public record ReportView(UUID id, UUID projectId, ReportType type, int sequence, LocalDate dueDate,
        ReportStatus status, boolean overdue, String documentReference, String reviewNote, Instant submittedAt,
        Instant reviewedAt, long version) {

    static ReportView of(Report r, LocalDate today) {
        return new ReportView(r.id, r.projectId, r.type, r.sequence, r.dueDate, r.status(), r.overdueOn(today),
                r.documentReference, r.reviewNote, r.submittedAt, r.reviewedAt, r.version);
    }
}
