package kr.go.msit.standards.partnership.offer;

/** An offer's states. */
public enum OfferStatus {
    OPEN,
    CLOSED
}
