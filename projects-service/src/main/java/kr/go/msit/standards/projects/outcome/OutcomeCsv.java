package kr.go.msit.standards.projects.outcome;

import jakarta.ws.rs.core.Response;
import kr.go.msit.standards.platform.web.Csv;

/** An outcome report as CSV: one line per row, then the total. */
final class OutcomeCsv {

    private OutcomeCsv() {}

    static Response of(OutcomeReport report) {
        Csv csv = new Csv()
                .row(
                        "code",
                        "fiscalYear",
                        "technologyArea",
                        "body",
                        "contributionsSubmitted",
                        "nistCoAuthored",
                        "workItemsAdopted",
                        "standardsPublished",
                        "positionsHeld",
                        "jointPublications");
        for (OutcomeReport.Row row : report.rows()) {
            OutcomeReport.Counts c = row.counts();
            csv.row(
                    report.code(),
                    row.fiscalYear(),
                    row.technologyArea(),
                    row.bodyCode(),
                    c.contributionsSubmitted(),
                    c.nistCoAuthored(),
                    c.workItemsAdopted(),
                    c.standardsPublished(),
                    c.positionsHeld(),
                    c.jointPublications());
        }
        OutcomeReport.Counts t = report.total();
        csv.row(
                report.code(),
                report.fiscalYear() == null ? "TOTAL" : report.fiscalYear(),
                "TOTAL",
                "",
                t.contributionsSubmitted(),
                t.nistCoAuthored(),
                t.workItemsAdopted(),
                t.standardsPublished(),
                t.positionsHeld(),
                t.jointPublications());
        return csv.attachment("outcomes-" + report.code() + ".csv");
    }
}
