package kr.go.msit.standards.partnership.dispatch;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Researcher person-days at partner sites, per project and fiscal year, counted from the dispatches. */
@Schema(name = "PersonDays")
public record PersonDays(
        @Schema(nullable = true, description = "The fiscal year asked for; null for every year")
        Integer fiscalYear,

        @Schema(description = "Days on site so far, over every row")
        long actualDays,

        @Schema(description = "Days planned for dispatches not yet on site, over every row")
        long plannedDays,

        @Schema(description = "One row per project and fiscal year, by project code then year")
        List<Row> rows) {

    /** The days of one project in one fiscal year. */
    @Schema(name = "PersonDaysRow")
    public record Row(
            @Schema(description = "The project (projects-service)")
            UUID projectId,

            @Schema(description = "The project's code") String projectCode,

            @Schema(description = "The fiscal year (calendar year) the days fall in")
            int fiscalYear,

            @Schema(
                    description =
                            "Days researchers were on site (from arrival to departure, or to today while " + "on site)")
            long actualDays,

            @Schema(description = "Days planned by dispatches not yet on site (planned or approved)")
            long plannedDays) {}
}
