package kr.go.msit.standards.funding.disbursement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;

/**
 * A disbursement (지급) from a budget line, with its state machine and the maker–checker rule: whoever requested it
 * neither approves nor pays it (checked here and by a database constraint).
 */
@Entity
@Table(name = "disbursement")
public class Disbursement extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID lineId;
    public UUID allocationId;
    public UUID projectId;
    public long amountKrw;
    public String purpose;
    public String requestedBy;
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private DisbursementStatus status = DisbursementStatus.REQUESTED;

    private String statusReason;
    private String approvedBy;
    private Instant approvedAt;
    private String paidBy;
    private Instant paidAt;
    private String paymentReference;
    private String reversedBy;
    private Instant reversedAt;

    public DisbursementStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String paidBy() {
        return paidBy;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String reversedBy() {
        return reversedBy;
    }

    public Instant reversedAt() {
        return reversedAt;
    }

    /** True while the amount is taken from its line (requested, approved or paid). */
    public boolean commits() {
        return status == DisbursementStatus.REQUESTED
                || status == DisbursementStatus.APPROVED
                || status == DisbursementStatus.PAID;
    }

    /**
     * Moves the disbursement along its state machine, or refuses: 409 naming the current state; 403 when the
     * requester approves or pays, or the payer reverses; 422 for a missing reason or payment reference.
     */
    public void apply(DisbursementAction action, String actor, String reason, String reference, Instant now) {
        DisbursementStatus next = action.transition().apply("disbursement", status, reason);
        switch (action) {
            case APPROVE -> {
                requireChecker(actor, "approve");
                approvedBy = actor;
                approvedAt = now;
            }
            case PAY -> {
                requireChecker(actor, "pay");
                if (reference == null || reference.isBlank()) {
                    throw ProblemException.businessRule(
                            "payment-reference-required",
                            "A payment is recorded with its payment (transfer) reference");
                }
                paidBy = actor;
                paidAt = now;
                paymentReference = reference.strip();
            }
            case REVERSE -> {
                if (actor.equals(paidBy)) {
                    throw new ProblemException(
                                    403,
                                    "maker-checker",
                                    "Maker–checker rule",
                                    "The finance officer who recorded a payment may not reverse it; another must")
                            .with("rule", "maker-checker");
                }
                reversedBy = actor;
                reversedAt = now;
            }
            case REJECT, CANCEL -> {
                // the reason, required by the transition, is all they record
            }
            default -> throw new IllegalStateException(action.name());
        }
        // a step that needs no reason keeps the earlier one when given none (or a blank one)
        statusReason = Optional.ofNullable(Transition.reasonOf(reason)).orElse(statusReason);
        status = next;
    }

    private void requireChecker(String actor, String verb) {
        if (actor.equals(requestedBy)) {
            throw new ProblemException(
                            403,
                            "maker-checker",
                            "Maker–checker rule",
                            "The requester of a disbursement may not " + verb + " it; another finance officer must")
                    .with("rule", "maker-checker");
        }
    }

    /** The disbursement with this id, or 404. */
    public static Disbursement found(UUID id) {
        return Lookups.found(Disbursement.findById(id), "disbursement", id);
    }
}
