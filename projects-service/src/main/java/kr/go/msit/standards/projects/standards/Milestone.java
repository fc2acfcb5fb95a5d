package kr.go.msit.standards.projects.standards;

/**
 * What a stage means for the outcome indicators, whatever the body calls it: the work item adopted (ISO's working
 * draft, 3GPP's agreed Tdoc, IETF's adopted draft, ...) or the standard published.
 */
public enum Milestone {
    WORK_ITEM_ADOPTED,
    PUBLISHED
}
