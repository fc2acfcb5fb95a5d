package kr.go.msit.standards.projects.contribution;

/** What a contribution to a standards body is. */
public enum ContributionKind {
    NEW_WORK_ITEM_PROPOSAL,
    TECHNICAL_CONTRIBUTION,
    DRAFT_TEXT,
    CHANGE_REQUEST,
    COMMENT_RESOLUTION
}
