package kr.go.msit.standards.partnership.dispatch;

import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.APPROVED;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.CANCELLED;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.COMPLETED;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.CUT_SHORT;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.ON_SITE;
import static kr.go.msit.standards.partnership.dispatch.DispatchStatus.PLANNED;

import java.util.List;

/** The transitions of a dispatch, with whether each needs a reason. */
public enum DispatchAction {
    APPROVE("approve", APPROVED, false, PLANNED),
    ARRIVE("arrive", ON_SITE, false, APPROVED),
    COMPLETE("complete", COMPLETED, false, ON_SITE),
    CUT_SHORT_ACTION("cut-short", CUT_SHORT, true, ON_SITE),
    CANCEL("cancel", CANCELLED, true, PLANNED, APPROVED);

    private final String verb;
    private final DispatchStatus target;
    private final boolean reasonRequired;
    private final List<DispatchStatus> from;

    DispatchAction(String verb, DispatchStatus target, boolean reasonRequired, DispatchStatus... from) {
        this.verb = verb;
        this.target = target;
        this.reasonRequired = reasonRequired;
        this.from = List.of(from);
    }

    public String verb() {
        return verb;
    }

    public DispatchStatus target() {
        return target;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public List<DispatchStatus> from() {
        return from;
    }

    public boolean allowedFrom(DispatchStatus status) {
        return from.contains(status);
    }
}
