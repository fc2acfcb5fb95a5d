package kr.go.msit.standards.partnership.agreement;

/** The kind of partner agreement: memorandum of understanding, letter of intent, or a letter confirming cooperation. */
public enum Instrument {
    MOU,
    LOI,
    CONFIRMATION_LETTER
}
