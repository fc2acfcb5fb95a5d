package kr.go.msit.standards.projects.publication;

/** What a joint publication is. */
public enum PublicationKind {
    PAPER,
    TECHNICAL_REPORT
}
