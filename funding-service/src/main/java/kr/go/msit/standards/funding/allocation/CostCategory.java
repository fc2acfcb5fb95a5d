package kr.go.msit.standards.funding.allocation;

/** Cost category (비목) of a budget line; ALL for a line not split by category. */
public enum CostCategory {
    ALL,
    PERSONNEL,
    EQUIPMENT,
    MATERIALS,
    ACTIVITIES,
    SUBCONTRACTING,
    INDIRECT
}
