package kr.go.msit.standards.partnership.support;

/** Bounds shared by the request records of this service. */
public final class Limits {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final String CODE_MESSAGE = "must be 2 to 40 upper-case letters, digits or dashes";

    private Limits() {}
}
