package kr.go.msit.standards.projects.project;

/** Korea's national strategic technology areas (국가전략기술). */
public enum TechnologyArea {
    SEMICONDUCTORS,
    ADVANCED_BIO,
    QUANTUM,
    NEXT_GENERATION_COMMUNICATIONS,
    SECONDARY_BATTERIES,
    DISPLAYS,
    HYDROGEN,
    ADVANCED_MOBILITY,
    NEXT_GENERATION_NUCLEAR,
    AEROSPACE_AND_OCEAN,
    CYBERSECURITY,
    ARTIFICIAL_INTELLIGENCE
}
