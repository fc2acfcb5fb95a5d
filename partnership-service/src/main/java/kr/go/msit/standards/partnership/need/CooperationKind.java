package kr.go.msit.standards.partnership.need;

/** The kinds of cooperation a need asks for and an offer proposes. */
public enum CooperationKind {
    JOINT_RESEARCH,
    RESEARCHER_DISPATCH,
    WORKSHOP,
    STANDARD_CO_DEVELOPMENT,
    MEASUREMENT_COMPARISON
}
