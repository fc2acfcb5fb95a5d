package kr.go.msit.standards.partnership.dispatch;

/** planned → approved → on site → completed; cancelled before arrival; cut short while on site. */
public enum DispatchStatus {
    PLANNED,
    APPROVED,
    ON_SITE,
    COMPLETED,
    CANCELLED,
    CUT_SHORT
}
