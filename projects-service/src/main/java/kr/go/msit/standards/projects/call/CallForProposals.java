package kr.go.msit.standards.projects.call;

import kr.go.msit.standards.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.problem.ProblemException;

/** A call for proposals (과제 공모) of a program in one fiscal year, with its state machine. */
@Entity
@Table(name = "call_for_proposals")
public class CallForProposals extends VersionedEntity {

    @Id
    public UUID id;
    public String code;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "title_ko")
    public String titleKo;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "budget_ceiling_krw")
    public long budgetCeilingKrw;
    @Column(name = "per_project_cap_krw")
    public long perProjectCapKrw;
    @Column(name = "duration_months")
    public int durationMonths;
    @Enumerated(EnumType.STRING)
    @Column(name = "selection_mode")
    public SelectionMode selectionMode;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "closes_on")
    public LocalDate closesOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_qualifying_instrument", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "instrument")
    @Enumerated(EnumType.STRING)
    public Set<Instrument> qualifyingInstruments = EnumSet.noneOf(Instrument.class);

    @Enumerated(EnumType.STRING)
    private CallStatus status = CallStatus.DRAFT;


    public CallStatus status() {
        return status;
    }

    /** Moves the call along its state machine, or refuses with 409 naming the current state. */
    public void apply(CallAction action) {
        if (!action.allowedFrom(status)) {
            throw ProblemException.illegalTransition("call", action.verb(), status, action.from());
        }
        status = action.target();
    }

    /** Fields other than the state may change only while the call is a draft. */
    public void requireEditable() {
        if (status != CallStatus.DRAFT) {
            throw ProblemException.illegalTransition("call", "edit", status, java.util.List.of(CallStatus.DRAFT));
        }
    }

    /** Sum of the ceilings of the program's calls that still commit money (not cancelled). */
    public static long committedCeilingKrw(UUID programId) {
        Long sum = getEntityManager().createQuery(
                "select coalesce(sum(c.budgetCeilingKrw), 0) from CallForProposals c "
                        + "where c.programId = :program and c.status <> :cancelled", Long.class)
                .setParameter("program", programId).setParameter("cancelled", CallStatus.CANCELLED)
                .getSingleResult();
        return sum;
    }

    /** A fiscal year of one of the program's calls outside [startYear, endYear], or null when there is none. */
    public static Integer firstFiscalYearOutside(UUID programId, int startYear, int endYear) {
        return getEntityManager().createQuery(
                "select min(c.fiscalYear) from CallForProposals c where c.programId = :program "
                        + "and (c.fiscalYear < :start or c.fiscalYear > :end)", Integer.class)
                .setParameter("program", programId).setParameter("start", startYear).setParameter("end", endYear)
                .getSingleResult();
    }
}
