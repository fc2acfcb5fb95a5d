package kr.go.msit.standards.partnership.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;

/**
 * An agreement between a Korean institution and a partner agency (MOU, LOI or confirmation letter), with its
 * state machine. An agreement is in force on a date when it is ACTIVE, already effective, and not past its expiry
 * (the expiry date itself still counts).
 */
@Entity
@Table(name = "agreement")
public class Agreement extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID institutionId;
    public UUID agencyId;

    @Enumerated(EnumType.STRING)
    public Instrument instrument;

    public String title;
    public String counterpartLaboratory;
    public String counterpartDivision;
    public LocalDate signedOn;
    public LocalDate effectiveFrom;
    public LocalDate expiresOn;
    public String documentReference;
    public UUID predecessorId;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.DRAFT;

    private String statusReason;
    private LocalDate terminatedOn;

    public AgreementStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public LocalDate terminatedOn() {
        return terminatedOn;
    }

    /** {@link #inForceOn}, as the condition of a list query, on {@code :active} (ACTIVE) and {@code :today}. */
    static final String IN_FORCE =
            "(status = :active and effectiveFrom <= :today and (expiresOn is null or expiresOn >= :today))";

    /** True when the agreement is in force on {@code date} (in a query: {@link #IN_FORCE}). */
    public boolean inForceOn(LocalDate date) {
        return status == AgreementStatus.ACTIVE
                && !date.isBefore(effectiveFrom)
                && (expiresOn == null || !date.isAfter(expiresOn));
    }

    /**
     * Moves the agreement along its state machine, or refuses: 409 naming the current state for an illegal
     * transition, 422 for a terminate without reason or an expire before the expiry date has passed.
     */
    public void apply(AgreementAction action, String reason, LocalDate on, LocalDate today) {
        if (action == AgreementAction.TERMINATE && on != null) {
            checkTerminationDate(on, today);
        }
        AgreementStatus next = action.transition().apply("agreement", status, reason);
        switch (action) {
            case TERMINATE -> {
                terminatedOn = on == null ? today : on;
                statusReason = reason.strip();
            }
            case EXPIRE -> {
                if (expiresOn == null || !today.isAfter(expiresOn)) {
                    throw ProblemException.businessRule(
                            "not-yet-expired",
                            expiresOn == null
                                    ? "The agreement is open-ended; terminate it instead"
                                    : "The agreement is in force until " + expiresOn + " inclusive");
                }
                statusReason = Transition.reasonOf(reason);
            }
            case ACTIVATE -> statusReason = null;
            default -> throw new IllegalStateException(action.name());
        }
        status = next;
    }

    /** A termination is dated neither before the signing nor after today: a later day would end it early. */
    private void checkTerminationDate(LocalDate on, LocalDate today) {
        if (on.isBefore(signedOn)) {
            throw ProblemException.businessRule(
                    "terminated-before-signing", "terminatedOn must not be before the signing date " + signedOn);
        }
        if (on.isAfter(today)) {
            throw ProblemException.businessRule(
                    "date-in-future",
                    "terminatedOn must not be after today (" + today + "): terminate on the day it ends");
        }
    }

    /**
     * An agreement is recorded once signed: its signing date is not after today (Korea), 422
     * {@code date-in-future}. It may take effect later, never before it was signed.
     */
    static void checkDates(LocalDate signedOn, LocalDate effectiveFrom, LocalDate expiresOn, LocalDate today) {
        if (signedOn.isAfter(today)) {
            throw ProblemException.businessRule(
                    "date-in-future", "signedOn must not be after today (" + today + "): record a signed agreement");
        }
        if (effectiveFrom.isBefore(signedOn)) {
            throw ProblemException.businessRule(
                    "effective-before-signing", "effectiveFrom must not be before signedOn");
        }
        if (expiresOn != null && expiresOn.isBefore(effectiveFrom)) {
            throw ProblemException.businessRule("expiry-before-effect", "expiresOn must not be before effectiveFrom");
        }
    }

    /**
     * The successor of this agreement, a draft with the same parties: the request's instrument and title where it
     * names them, else this one's.
     */
    static Agreement successorOf(Agreement predecessor, String code, RenewalRequest request) {
        Agreement successor = new Agreement();
        successor.id = UUID.randomUUID();
        successor.code = code;
        successor.institutionId = predecessor.institutionId;
        successor.agencyId = predecessor.agencyId;
        successor.predecessorId = predecessor.id;
        successor.instrument = request.instrument() == null ? predecessor.instrument : request.instrument();
        successor.title = request.title() == null || request.title().isBlank()
                ? predecessor.title
                : request.title().strip();
        successor.counterpartLaboratory = predecessor.counterpartLaboratory;
        successor.counterpartDivision = predecessor.counterpartDivision;
        successor.signedOn = request.signedOn();
        successor.effectiveFrom = request.effectiveFrom();
        successor.expiresOn = request.expiresOn();
        successor.documentReference = request.documentReference();
        return successor;
    }

    /** Fields other than the state may change only while the agreement is a draft. */
    public void requireEditable() {
        if (status != AgreementStatus.DRAFT) {
            throw ProblemException.illegalTransition("agreement", "edit", status, List.of(AgreementStatus.DRAFT));
        }
    }

    /** A renewal succeeds an active or expired agreement. */
    public void requireRenewable() {
        if (status != AgreementStatus.ACTIVE && status != AgreementStatus.EXPIRED) {
            throw ProblemException.illegalTransition(
                    "agreement", "renew", status, List.of(AgreementStatus.ACTIVE, AgreementStatus.EXPIRED));
        }
    }

    /** The agreement with this id, or 404. */
    public static Agreement found(UUID id) {
        return Lookups.found(Agreement.findById(id), "agreement", id);
    }

    /** The agreement, locked for a change, with this id, or 404. */
    public static Agreement locked(UUID id) {
        return Lookups.locked(Agreement.class, id, "agreement");
    }
}
