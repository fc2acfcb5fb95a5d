package kr.go.msit.standards.projects.standards;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One stage of a body's stage list; its place in the list is its order. */
@Embeddable
public class Stage {

    public String code;
    public String nameKo;
    public String nameEn;
    /** Ends the work item: published, or an off-ramp (withdrawn, not accepted, expired). */
    public boolean terminal;

    @Enumerated(EnumType.STRING)
    public Milestone milestone;

    public Stage() {}

    Stage(String code, String nameKo, String nameEn, boolean terminal, Milestone milestone) {
        this.code = code;
        this.nameKo = nameKo;
        this.nameEn = nameEn;
        this.terminal = terminal;
        this.milestone = milestone;
    }

    /** A terminal stage that is not publication: the work item was given up. */
    public boolean offRamp() {
        return terminal && milestone != Milestone.PUBLISHED;
    }
}
