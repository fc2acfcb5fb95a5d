package kr.go.msit.standards.partnership.workshop;

/** planned → held; cancelled before it is held. */
public enum WorkshopStatus {
    PLANNED,
    HELD,
    CANCELLED
}
