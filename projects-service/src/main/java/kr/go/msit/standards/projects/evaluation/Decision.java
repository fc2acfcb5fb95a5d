package kr.go.msit.standards.projects.evaluation;

/** What the panel decides for the next fiscal year. */
public enum Decision {
    CONTINUE,
    /** Continue with the next year's budget reduced by a percentage. */
    CONTINUE_REDUCED,
    /** Stop: the project is terminated. */
    STOP
}
