package kr.go.msit.standards.partnership.dispatch;

import java.time.LocalDate;
import java.time.Period;

/** The US exchange-visitor category a dispatched researcher travels under, and the longest stay it allows. */
public enum VisaCategory {
    /** J-1 research scholar: up to five years. */
    J1_RESEARCH_SCHOLAR(Period.ofYears(5), "five years"),
    /** J-1 short-term scholar: up to six months. */
    J1_SHORT_TERM_SCHOLAR(Period.ofMonths(6), "six months");

    private final Period longestStay;
    private final String inWords;

    VisaCategory(Period longestStay, String inWords) {
        this.longestStay = longestStay;
        this.inWords = inWords;
    }

    /** The last day a stay under this category that begins on {@code start} may last to. */
    public LocalDate lastDayFrom(LocalDate start) {
        return start.plus(longestStay).minusDays(1);
    }

    /** The longest stay, in words ("five years"). */
    public String longestStay() {
        return inWords;
    }
}
