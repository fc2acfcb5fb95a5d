package kr.go.msit.standards.platform.security;

/**
 * The roles of the {@code groups} claim. Resource methods name the roles they admit with {@code @RolesAllowed};
 * these constants are that matrix's vocabulary, the same in every service.
 */
public final class Roles {

    /** Programs, calls, selection and projects. */
    public static final String PROGRAM_MANAGER = "program-manager";
    /** Budgets, allocations, approving and paying disbursements. */
    public static final String FINANCE_OFFICER = "finance-officer";
    /** Institutions, agreements, dispatches and workshops. */
    public static final String PARTNERSHIP_OFFICER = "partnership-officer";
    /** A research institution: its own applications, disbursement and dispatch requests, and reports. */
    public static final String INSTITUTION = "institution";
    /** Reads everything, including audit history. */
    public static final String AUDITOR = "auditor";
    /** Reads public program, call and project information. */
    public static final String VIEWER = "viewer";

    private Roles() {}
}
