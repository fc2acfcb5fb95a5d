package kr.go.msit.standards.funding.settlement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;

/**
 * A carry-over (이월) of unspent budget from a fiscal-year line to the same category in the next year. It moves
 * money only when approved, by a finance officer other than the requester (maker–checker).
 */
@Entity
@Table(name = "carry_over")
public class CarryOver extends VersionedEntity {

    @Id
    public UUID id;

    public UUID allocationId;
    public UUID fromLineId;
    public int toFiscalYear;
    public UUID toLineId;
    public long amountKrw;
    public String reason;
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    private CarryOverStatus status = CarryOverStatus.REQUESTED;

    private String decidedBy;
    private String decisionReason;

    public CarryOverStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    /** Approves or rejects, or refuses: 409 unless requested; 403 for the requester; 422 rejecting without reason. */
    public void decide(boolean approve, String actor, String reason) {
        if (status != CarryOverStatus.REQUESTED) {
            throw ProblemException.illegalTransition(
                    "carry-over", approve ? "approve" : "reject", status, List.of(CarryOverStatus.REQUESTED));
        }
        if (actor.equals(requestedBy)) {
            throw new ProblemException(
                            403,
                            "maker-checker",
                            "Maker–checker rule",
                            "The requester of a carry-over may not decide it; another finance officer must")
                    .with("rule", "maker-checker");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw ProblemException.businessRule("reason-required", "A carry-over is rejected only with a reason");
        }
        decidedBy = actor;
        decisionReason = Transition.reasonOf(reason);
        status = approve ? CarryOverStatus.APPROVED : CarryOverStatus.REJECTED;
    }
}
