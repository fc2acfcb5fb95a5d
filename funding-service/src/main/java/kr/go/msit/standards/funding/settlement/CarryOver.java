package kr.go.msit.standards.funding.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * A carry-over (이월) of unspent budget from a fiscal-year line to the same category in the next year. It moves
 * money only when approved, by a finance officer other than the requester (maker–checker).
 */
@Entity
@Table(name = "carry_over")
public class CarryOver extends VersionedEntity {

    @Id
    public UUID id;
    @Column(name = "allocation_id")
    public UUID allocationId;
    @Column(name = "from_line_id")
    public UUID fromLineId;
    @Column(name = "to_fiscal_year")
    public int toFiscalYear;
    @Column(name = "to_line_id")
    public UUID toLineId;
    @Column(name = "amount_krw")
    public long amountKrw;
    public String reason;
    @Column(name = "requested_by")
    public String requestedBy;
    @Enumerated(EnumType.STRING)
    private CarryOverStatus status = CarryOverStatus.REQUESTED;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_reason")
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
            throw ProblemException.illegalTransition("carry-over", approve ? "approve" : "reject", status,
                    List.of(CarryOverStatus.REQUESTED));
        }
        if (actor.equals(requestedBy)) {
            throw new ProblemException(403, "maker-checker", "Maker–checker rule",
                    "The requester of a carry-over may not decide it; another finance officer must")
                    .with("rule", "maker-checker");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw ProblemException.businessRule("reason-required", "A carry-over is rejected only with a reason");
        }
        decidedBy = actor;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        status = approve ? CarryOverStatus.APPROVED : CarryOverStatus.REJECTED;
    }
}
