package kr.go.msit.standards.funding.report;

import jakarta.ws.rs.core.Response;
import kr.go.msit.standards.platform.web.Csv;

/** Funding reports as CSV: one line per budget line (or year and area), then the total. */
final class FundingReportCsv {

    private FundingReportCsv() {}

    static Response of(ProjectFundingReport report) {
        Csv csv = new Csv()
                .row(
                        "projectCode",
                        "fiscalYear",
                        "costCategory",
                        "amountKrw",
                        "requestedKrw",
                        "approvedKrw",
                        "paidKrw",
                        "remainingKrw",
                        "recoveredKrw");
        report.lines()
                .forEach(l -> csv.row(
                        report.projectCode(),
                        l.fiscalYear(),
                        l.costCategory(),
                        l.amountKrw(),
                        l.requestedKrw(),
                        l.approvedKrw(),
                        l.paidKrw(),
                        l.remainingKrw(),
                        l.recoveredKrw()));
        csv.row(
                report.projectCode(),
                "TOTAL",
                "",
                report.plannedKrw(),
                report.requestedKrw(),
                report.approvedKrw(),
                report.paidKrw(),
                report.remainingKrw(),
                report.recoveredKrw());
        return csv.attachment("funding-" + report.projectCode() + ".csv");
    }

    static Response of(ProgramFundingReport report) {
        Csv csv = new Csv()
                .row(
                        "section",
                        "key",
                        "appropriationKrw",
                        "plannedKrw",
                        "allocatedKrw",
                        "paidKrw",
                        "projects",
                        "recoveredKrw");
        report.byFiscalYear()
                .forEach(y -> csv.row(
                        "fiscalYear",
                        y.fiscalYear(),
                        y.appropriationKrw(),
                        y.plannedKrw(),
                        "",
                        y.paidKrw(),
                        "",
                        y.recoveredKrw()));
        report.byTechnologyArea()
                .forEach(a -> csv.row(
                        "technologyArea",
                        a.technologyArea(),
                        "",
                        "",
                        a.allocatedKrw(),
                        a.paidKrw(),
                        a.projects(),
                        a.recoveredKrw()));
        csv.row(
                "program",
                report.programCode(),
                report.appropriatedKrw(),
                "",
                report.allocatedKrw(),
                report.paidKrw(),
                "",
                report.recoveredKrw());
        return csv.attachment("funding-" + report.programCode() + ".csv");
    }
}
