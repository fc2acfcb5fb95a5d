package kr.go.msit.standards.projects.call;

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
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;

/** A call for proposals (과제 공모) of a program in one fiscal year, with its state machine. */
@Entity
@Table(name = "call_for_proposals")
public class CallForProposals extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID programId;
    public int fiscalYear;
    public String titleKo;
    public String titleEn;
    public String descriptionKo;
    public String descriptionEn;
    public long budgetCeilingKrw;
    public long perProjectCapKrw;
    public int durationMonths;

    @Enumerated(EnumType.STRING)
    public SelectionMode selectionMode;

    public LocalDate opensOn;
    public LocalDate closesOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_qualifying_instrument", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "instrument")
    @Enumerated(EnumType.STRING)
    public Set<Instrument> qualifyingInstruments = EnumSet.noneOf(Instrument.class);

    /** Partner agencies whose agreements qualify a lead institution (codes, e.g. NIST). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_qualifying_agency", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "agency_code")
    public Set<String> qualifyingAgencies = new java.util.TreeSet<>();

    /** DESIGNATED calls: the institutions an agreement with the foreign agency names; only they apply. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_designated_institution", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "institution_id")
    public Set<UUID> designatedInstitutions = new java.util.LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private CallStatus status = CallStatus.DRAFT;

    /** The day (Korea) the call was announced; null while a draft, and for good when cancelled as one. */
    private LocalDate announcedOn;

    public CallStatus status() {
        return status;
    }

    public LocalDate announcedOn() {
        return announcedOn;
    }

    /**
     * Public from its announcement on: before, the call is the program's working copy, which only its staff read; a
     * call cancelled while a draft never becomes public.
     */
    public boolean announced() {
        return announcedOn != null;
    }

    /**
     * Moves the call along its state machine, or refuses with 409 naming the current state. Opening needs both dates
     * and, for a designated call, at least one designated institution (422). Announcing records {@code today} (Korea).
     */
    public void apply(CallAction action, LocalDate today) {
        CallStatus next = action.transition().apply("call", status, null);
        if (action == CallAction.OPEN_SUBMISSIONS && (opensOn == null || closesOn == null)) {
            throw ProblemException.businessRule(
                    "call-dates-required",
                    "A call opens only with its opensOn and closesOn dates; set them while it is a draft");
        }
        if (action == CallAction.OPEN_SUBMISSIONS
                && selectionMode == SelectionMode.DESIGNATED
                && designatedInstitutions.isEmpty()) {
            throw ProblemException.businessRule(
                    "no-designated-institutions",
                    "A designated call opens only with the institutions it is for; set them while it is a draft");
        }
        if (action == CallAction.ANNOUNCE) {
            announcedOn = today;
        }
        status = next;
    }

    /**
     * Applications are created, edited and submitted while the call is OPEN and {@code today} (Korea) is between
     * opensOn and closesOn inclusive (422 otherwise), and, for a designated call, only for its institutions.
     */
    public void requireAccepting(LocalDate today, UUID leadInstitutionId) {
        if (status != CallStatus.OPEN) {
            throw ProblemException.businessRule(
                            "call-not-open",
                            "Call " + code + " is " + status + "; applications are accepted only while it is OPEN")
                    .with("callStatus", status.name());
        }
        if (opensOn == null || closesOn == null || today.isBefore(opensOn) || today.isAfter(closesOn)) {
            throw ProblemException.businessRule(
                    "outside-call-dates",
                    "Call " + code + " accepts applications from " + opensOn + " to " + closesOn
                            + " (Korea time); today is " + today);
        }
        if (selectionMode == SelectionMode.DESIGNATED && !designatedInstitutions.contains(leadInstitutionId)) {
            throw ProblemException.businessRule(
                    "not-designated",
                    "Call " + code + " is a designated call; the lead institution is not one it is for");
        }
    }

    /** A request or award of {@code totalKrw} for one project stays within the per-project cap (422 otherwise). */
    public void requireWithinCap(long totalKrw) {
        if (totalKrw > perProjectCapKrw) {
            throw ProblemException.businessRule(
                    "per-project-cap",
                    "The requested total " + totalKrw + " KRW exceeds the call's per-project cap of " + perProjectCapKrw
                            + " KRW");
        }
    }

    /**
     * An award of {@code award} KRW fits the call: within its per-project cap, and with the {@code awarded} KRW its
     * projects hold already, within its ceiling (422 {@code per-project-cap}; {@code call-ceiling} with
     * {@code remainingKrw}). The caller holds the program's lock, which every award of the program takes.
     */
    public void requireRoomForAward(long award, long awarded) {
        if (award > perProjectCapKrw) {
            throw ProblemException.businessRule(
                    "per-project-cap",
                    "The award " + award + " KRW exceeds the call's per-project cap of " + perProjectCapKrw + " KRW");
        }
        if (awarded + award > budgetCeilingKrw) {
            throw ProblemException.businessRule(
                            "call-ceiling",
                            "Awarding " + award + " KRW would bring this call to " + (awarded + award)
                                    + " KRW, above its ceiling of " + budgetCeilingKrw + " KRW")
                    .with("remainingKrw", Math.max(0, budgetCeilingKrw - awarded));
        }
    }

    /** Fields other than the state may change only while the call is a draft. */
    public void requireEditable() {
        if (status != CallStatus.DRAFT) {
            throw ProblemException.illegalTransition("call", "edit", status, java.util.List.of(CallStatus.DRAFT));
        }
    }

    /** Sum of the ceilings of the program's calls that still commit money (not cancelled). */
    public static long committedCeilingKrw(UUID programId) {
        Long sum = getEntityManager()
                .createQuery(
                        "select coalesce(sum(c.budgetCeilingKrw), 0) from CallForProposals c "
                                + "where c.programId = :program and c.status <> :cancelled",
                        Long.class)
                .setParameter("program", programId)
                .setParameter("cancelled", CallStatus.CANCELLED)
                .getSingleResult();
        return sum;
    }

    /** A fiscal year of one of the program's calls outside [startYear, endYear], or null when there is none. */
    public static Integer firstFiscalYearOutside(UUID programId, int startYear, int endYear) {
        return getEntityManager()
                .createQuery(
                        "select min(c.fiscalYear) from CallForProposals c where c.programId = :program "
                                + "and (c.fiscalYear < :start or c.fiscalYear > :end)",
                        Integer.class)
                .setParameter("program", programId)
                .setParameter("start", startYear)
                .setParameter("end", endYear)
                .getSingleResult();
    }

    /** The call with this id, or 404. */
    public static CallForProposals found(UUID id) {
        return Lookups.found(CallForProposals.findById(id), "call", id);
    }

    /**
     * The call a record names, or 422 {@code unknown-call}; one not yet announced, too, to a caller who does not see
     * drafts (an institution applying): its id tells nothing before the call is public.
     */
    public static CallForProposals referenced(UUID id, boolean seesDrafts) {
        return Lookups.referenced(
                CallForProposals.<CallForProposals>findByIdOptional(id)
                        .filter(call -> call.announced() || seesDrafts)
                        .orElse(null),
                "unknown-call",
                "Call " + id + " does not exist");
    }

    /** The call, locked for a change (selection serialises the ceiling check on it), or 404. */
    public static CallForProposals locked(UUID id) {
        return Lookups.locked(CallForProposals.class, id, "call");
    }
}
