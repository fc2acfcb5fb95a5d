package kr.go.msit.standards.partnership.dispatch;

/** The US exchange-visitor category a dispatched researcher travels under. */
public enum VisaCategory {
    J1_RESEARCH_SCHOLAR,
    J1_SHORT_TERM_SCHOLAR
}
