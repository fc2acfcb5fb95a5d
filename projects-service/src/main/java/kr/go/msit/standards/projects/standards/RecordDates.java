package kr.go.msit.standards.projects.standards;

import java.time.LocalDate;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * The dates a standards record carries (a contribution's stage date, a position's start and end, a publication's
 * date) are from 1900 on: a standard's year is 1900–2100, and the outcome indicators count records by fiscal year,
 * where a position "held" in 1800 would stand as a row of its own.
 */
public final class RecordDates {

    private RecordDates() {}

    /** 422 {@code date-before-1900} when {@code date} (named {@code what} in the detail) is before 1900. */
    public static void requireFrom1900(LocalDate date, String what) {
        if (date != null && date.getYear() < 1900) {
            throw ProblemException.businessRule("date-before-1900", what + " " + date + " is before 1900");
        }
    }
}
