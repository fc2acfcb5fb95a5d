package kr.go.msit.standards.platform.security;

import java.util.Set;

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

    /**
     * The program's staff: roles that act for the program as a whole and read every institution's records, where an
     * institution reads its own and a viewer what is public.
     */
    public static final Set<String> STAFF = Set.of(PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, AUDITOR);

    private Roles() {}
}
