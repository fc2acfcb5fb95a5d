package kr.go.msit.standards.partnership.match;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProjectLookup;
import kr.go.msit.standards.clients.projects.ProjectSummary;
import kr.go.msit.standards.partnership.agreement.Agreement;
import kr.go.msit.standards.partnership.agreement.AgreementStatus;
import kr.go.msit.standards.partnership.dispatch.Dispatch;
import kr.go.msit.standards.partnership.dispatch.DispatchStatus;
import kr.go.msit.standards.partnership.need.CooperationNeed;
import kr.go.msit.standards.partnership.workshop.Workshop;
import kr.go.msit.standards.partnership.workshop.WorkshopStatus;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;

/**
 * What came of a match: an agreement or dispatch of the need's institution or a workshop (looked up here), or a
 * project it leads (asked of projects-service: 503 when it cannot answer, never a pass).
 */
@ApplicationScoped
public class Outcomes {

    private final ProjectLookup projects;
    private final Caller caller;

    public Outcomes(ProjectLookup projects, Caller caller) {
        this.projects = projects;
        this.caller = caller;
    }

    /**
     * 422 {@code unknown-outcome} when it does not exist, {@code outcome-not-the-institutions} when not the need's; to
     * a caller confined to the need's institution another institution's record is unknown too, as it is everywhere
     * else (the two answers told it which ids were other institutions' agreements and dispatches).
     */
    public void requireOfNeed(CooperationNeed need, RealiseRequest request) {
        UUID outcome = request.outcomeId();
        UUID institution = switch (request.outcomeKind()) {
            case AGREEMENT -> {
                Agreement agreement = Agreement.findById(outcome);
                yield agreement == null ? null : agreement.institutionId;
            }
            case DISPATCH -> {
                Dispatch dispatch = Dispatch.findById(outcome);
                yield dispatch == null ? null : dispatch.institutionId;
            }
            case WORKSHOP -> Workshop.findById(outcome) == null ? null : need.institutionId;
            case PROJECT -> {
                ProjectSummary project = projects.require(outcome, "the project that came of the match");
                yield project.leadInstitutionId();
            }
        };
        boolean others = institution != null && !institution.equals(need.institutionId);
        if (institution == null
                || (others && caller.changeScope(Roles.PARTNERSHIP_OFFICER).isPresent())) {
            throw ProblemException.businessRule(
                    "unknown-outcome", "No " + request.outcomeKind().name().toLowerCase() + " " + outcome);
        }
        if (others) {
            throw ProblemException.businessRule(
                    "outcome-not-the-institutions",
                    "The " + request.outcomeKind().name().toLowerCase() + " is not the need's institution's");
        }
        requireHappened(request);
    }

    /**
     * What came of a match happened, or is under way: a cancelled workshop or dispatch, or an agreement still a draft
     * or terminated, did not come of it (each was accepted, and counted among realised matches).
     */
    private static void requireHappened(RealiseRequest request) {
        String state = switch (request.outcomeKind()) {
            case AGREEMENT -> {
                AgreementStatus status =
                        Agreement.<Agreement>findById(request.outcomeId()).status();
                yield status == AgreementStatus.DRAFT || status == AgreementStatus.TERMINATED ? status.name() : null;
            }
            case DISPATCH -> {
                DispatchStatus status =
                        Dispatch.<Dispatch>findById(request.outcomeId()).status();
                yield status == DispatchStatus.CANCELLED ? status.name() : null;
            }
            case WORKSHOP -> {
                WorkshopStatus status =
                        Workshop.<Workshop>findById(request.outcomeId()).status();
                yield status == WorkshopStatus.CANCELLED ? status.name() : null;
            }
            case PROJECT -> null;
        };
        if (state != null) {
            throw ProblemException.businessRule(
                    "outcome-did-not-happen",
                    "The " + request.outcomeKind().name().toLowerCase() + " is " + state
                            + ": it is not what came of the match");
        }
    }
}
