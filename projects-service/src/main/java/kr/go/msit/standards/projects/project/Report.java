package kr.go.msit.standards.projects.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A report a project owes: annual, stage or final, with a due date and submission status. */
@Entity
@Table(name = "project_report")
public class Report extends VersionedEntity {

    @Id
    public UUID id;

    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type")
    public ReportType type;

    public int sequence;
    public LocalDate dueDate;
    public String documentReference;
    public String reviewNote;
    public Instant submittedAt;
    public Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DUE;

    public ReportStatus status() {
        return status;
    }

    /** Overdue: still owed (due or returned for revision) after its due date. */
    public boolean overdueOn(LocalDate today) {
        return (status == ReportStatus.DUE || status == ReportStatus.REVISION_REQUESTED) && today.isAfter(dueDate);
    }

    public void apply(ReportAction action, String documentReference, String note, Instant now) {
        status = action.transition().apply("report", status, null);
        if (action == ReportAction.SUBMIT) {
            this.documentReference = documentReference;
            this.submittedAt = now;
        } else {
            this.reviewNote = note;
            this.reviewedAt = now;
        }
    }

    /**
     * The reports a project owes over its period: an annual report for each year of performance but the last, due at
     * the end of the month after that year ends, and the final report at the end of the second month after the
     * period ends.
     */
    public static List<Report> scheduleFor(UUID projectId, LocalDate periodStart, LocalDate periodEnd) {
        List<Report> reports = new ArrayList<>();
        int sequence = 1;
        for (LocalDate yearEnd = periodStart.plusYears(1).minusDays(1);
                yearEnd.isBefore(periodEnd);
                yearEnd = periodStart.plusYears(++sequence).minusDays(1)) {
            reports.add(create(projectId, ReportType.ANNUAL, sequence, endOfMonth(yearEnd.plusMonths(1))));
        }
        reports.add(create(projectId, ReportType.FINAL, 1, endOfMonth(periodEnd.plusMonths(2))));
        return reports;
    }

    private static LocalDate endOfMonth(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }

    static Report create(UUID projectId, ReportType type, int sequence, LocalDate dueDate) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.projectId = projectId;
        report.type = type;
        report.sequence = sequence;
        report.dueDate = dueDate;
        return report;
    }
}
