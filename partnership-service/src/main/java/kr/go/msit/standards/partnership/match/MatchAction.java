package kr.go.msit.standards.partnership.match;

import static kr.go.msit.standards.partnership.match.MatchStatus.ACCEPTED;
import static kr.go.msit.standards.partnership.match.MatchStatus.DECLINED;
import static kr.go.msit.standards.partnership.match.MatchStatus.PROPOSED;
import static kr.go.msit.standards.partnership.match.MatchStatus.REALISED;
import static kr.go.msit.standards.partnership.match.MatchStatus.WITHDRAWN;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/** What is done to a match besides acceptance, which needs both sides (CooperationMatch#accept). */
public enum MatchAction implements Action<MatchStatus> {
    DECLINE(Transition.of("decline", DECLINED, PROPOSED).withReason()),
    WITHDRAW(Transition.of("withdraw", WITHDRAWN, PROPOSED, ACCEPTED).withReason()),
    REALISE(Transition.of("realise", REALISED, ACCEPTED));

    private final Transition<MatchStatus> transition;

    MatchAction(Transition<MatchStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<MatchStatus> transition() {
        return transition;
    }
}
