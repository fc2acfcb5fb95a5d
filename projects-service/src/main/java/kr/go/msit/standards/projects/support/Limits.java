package kr.go.msit.standards.projects.support;

/** Bounds shared by the request records of this service. */
public final class Limits {

    /** One quadrillion KRW: far above any program, and far below overflow when amounts are summed. */
    public static final long MAX_KRW = 1_000_000_000_000_000L;

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final String CODE_MESSAGE = "must be 2 to 40 upper-case letters, digits or dashes";

    private Limits() {}
}
