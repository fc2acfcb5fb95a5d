package kr.go.msit.standards.projects.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schedule a further report (for example a stage report, 단계보고서). */
@Schema(name = "ReportRequest")
public record ReportRequest(
        @NotNull ReportType type,
        @NotNull @Min(1) @Max(100) Integer sequence,
        @NotNull LocalDate dueDate) {}
