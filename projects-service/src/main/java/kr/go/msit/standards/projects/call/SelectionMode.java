package kr.go.msit.standards.projects.call;

/** OPEN: any eligible institution applies; DESIGNATED: an agreement with a foreign agency names the institution. */
public enum SelectionMode {
    OPEN,
    DESIGNATED
}
