package kr.go.msit.standards.projects.application;

import static kr.go.msit.standards.projects.application.ApplicationStatus.DRAFT;
import static kr.go.msit.standards.projects.application.ApplicationStatus.ELIGIBILITY_CHECKED;
import static kr.go.msit.standards.projects.application.ApplicationStatus.NOT_SELECTED;
import static kr.go.msit.standards.projects.application.ApplicationStatus.SELECTED;
import static kr.go.msit.standards.projects.application.ApplicationStatus.SUBMITTED;
import static kr.go.msit.standards.projects.application.ApplicationStatus.UNDER_REVIEW;
import static kr.go.msit.standards.projects.application.ApplicationStatus.WITHDRAWN;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/**
 * The transitions of an application: draft → submitted → eligibility checked → under review → selected | not
 * selected; withdrawn before a decision.
 */
public enum ApplicationAction implements Action<ApplicationStatus> {
    SUBMIT(Transition.of("submit", SUBMITTED, DRAFT)),
    CHECK_ELIGIBILITY(Transition.of("check-eligibility", ELIGIBILITY_CHECKED, SUBMITTED)),
    START_REVIEW(Transition.of("start-review", UNDER_REVIEW, ELIGIBILITY_CHECKED)),
    SELECT(Transition.of("select", SELECTED, UNDER_REVIEW)),
    REJECT(Transition.of("reject", NOT_SELECTED, UNDER_REVIEW)),
    WITHDRAW(Transition.of("withdraw", WITHDRAWN, DRAFT, SUBMITTED, ELIGIBILITY_CHECKED, UNDER_REVIEW));

    private final Transition<ApplicationStatus> transition;

    ApplicationAction(Transition<ApplicationStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<ApplicationStatus> transition() {
        return transition;
    }
}
