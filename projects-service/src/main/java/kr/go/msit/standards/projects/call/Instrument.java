package kr.go.msit.standards.projects.call;

/** Kinds of partner agreement with a foreign agency that can qualify an institution to lead a project. */
public enum Instrument {
    MOU,
    LOI,
    CONFIRMATION_LETTER
}
