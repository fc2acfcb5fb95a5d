package kr.go.msit.standards.projects.standards;

/** What kind of standards body it is. */
public enum BodyKind {
    INTERNATIONAL,
    REGIONAL,
    INDUSTRY_CONSORTIUM,
    NATIONAL
}
