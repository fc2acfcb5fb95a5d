package kr.go.msit.standards.partnership.support;

/** Bounds shared by the request records of this service. */
public final class Limits {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final String CODE_MESSAGE = "must be 2 to 40 upper-case letters, digits or dashes";

    /** A partner agency's code (NIST, KR-NIST): the shape partnership-service registers agencies with. */
    public static final String AGENCY_CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,19}";

    public static final String AGENCY_CODE_MESSAGE =
            "must be an agency code: 2 to 20 upper-case letters, digits or dashes";

    private Limits() {}
}
