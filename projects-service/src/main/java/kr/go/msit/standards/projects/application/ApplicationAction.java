package kr.go.msit.standards.projects.application;

import static kr.go.msit.standards.projects.application.ApplicationStatus.DRAFT;
import static kr.go.msit.standards.projects.application.ApplicationStatus.ELIGIBILITY_CHECKED;
import static kr.go.msit.standards.projects.application.ApplicationStatus.NOT_SELECTED;
import static kr.go.msit.standards.projects.application.ApplicationStatus.SELECTED;
import static kr.go.msit.standards.projects.application.ApplicationStatus.SUBMITTED;
import static kr.go.msit.standards.projects.application.ApplicationStatus.UNDER_REVIEW;
import static kr.go.msit.standards.projects.application.ApplicationStatus.WITHDRAWN;

import java.util.List;

/**
 * The transitions of an application: draft → submitted → eligibility checked → under review → selected | not
 * selected; withdrawn before a decision.
 */
public enum ApplicationAction {
    SUBMIT("submit", SUBMITTED, DRAFT),
    CHECK_ELIGIBILITY("check-eligibility", ELIGIBILITY_CHECKED, SUBMITTED),
    START_REVIEW("start-review", UNDER_REVIEW, ELIGIBILITY_CHECKED),
    SELECT("select", SELECTED, UNDER_REVIEW),
    REJECT("reject", NOT_SELECTED, UNDER_REVIEW),
    WITHDRAW("withdraw", WITHDRAWN, DRAFT, SUBMITTED, ELIGIBILITY_CHECKED, UNDER_REVIEW);

    private final String verb;
    private final ApplicationStatus target;
    private final List<ApplicationStatus> from;

    ApplicationAction(String verb, ApplicationStatus target, ApplicationStatus... from) {
        this.verb = verb;
        this.target = target;
        this.from = List.of(from);
    }

    public String verb() {
        return verb;
    }

    public ApplicationStatus target() {
        return target;
    }

    public List<ApplicationStatus> from() {
        return from;
    }

    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }
}
