package kr.go.msit.standards.projects.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;

/** A funded project (과제), with its state machine. */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID programId;
    public UUID callId;
    public UUID applicationId;
    public int fiscalYear;
    public String titleKo;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public TechnologyArea technologyArea;

    public UUID leadInstitutionId;
    public String piName;
    public String piEmail;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public long awardedTotalKrw;
    public String statusReason;
    public Instant statusChangedAt;
    public UUID partnerAgreementId;
    public UUID partnerAgencyId;
    public String partnerDivision;

    /** The partner agency's units (NIST laboratories) the project works with. */
    @ElementCollection
    @CollectionTable(name = "project_partner_unit", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "unit_id")
    public Set<UUID> partnerUnitIds = new LinkedHashSet<>();

    /** Its joint institutions (공동연구기관), from its application: their people may not evaluate it. */
    @ElementCollection
    @CollectionTable(name = "project_joint_institution", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "institution_id")
    public Set<UUID> jointInstitutionIds = new LinkedHashSet<>();

    /** The people on the partner side the project works with. */
    @ElementCollection
    @CollectionTable(name = "project_counterpart", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Counterpart> counterparts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.SELECTED;

    /** Every state it has been in, oldest first: the last is its current state, entered at statusChangedAt. */
    @ElementCollection
    @CollectionTable(name = "project_status_change", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<StatusChange> statusHistory = new ArrayList<>();

    public ProjectStatus status() {
        return status;
    }

    /** Moves the project along its state machine, or refuses with 409 naming the current state. */
    public void apply(ProjectAction action, String reason, Instant now) {
        status = action.transition().apply("project", status, reason);
        statusReason = Transition.reasonOf(reason);
        entered(now);
    }

    /** Import only: a project brought in from an earlier system may start in any state. */
    void importIn(ProjectStatus initial, Instant now) {
        status = initial;
        entered(now);
    }

    /** Records that the project is in its state since {@code now}: its first, or the one a transition led to. */
    void entered(Instant now) {
        statusChangedAt = now;
        statusHistory.add(new StatusChange(status, now));
    }

    /** The last day of a period of {@code months} months from {@code start} (a call's duration from a selection). */
    public static LocalDate periodEndOf(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** Sum of the awards of the program's projects that belong to no call (imported; 8 of 2025 belong to one). */
    public static long awardedOutsideCalls(UUID programId) {
        return getEntityManager()
                .createQuery(
                        "select coalesce(sum(p.awardedTotalKrw), 0) from Project p "
                                + "where p.programId = :program and p.callId is null",
                        Long.class)
                .setParameter("program", programId)
                .getSingleResult();
    }

    /**
     * A project of the program whose period of performance has a year in {@code fromYear}–{@code toYear}, by its
     * code, or null (none when the range is empty): years a program gives up must hold none of its projects' years.
     */
    public static String firstPerformingIn(UUID programId, int fromYear, int toYear) {
        if (fromYear > toYear) {
            return null;
        }
        return getEntityManager()
                .createQuery(
                        "select min(p.code) from Project p where p.programId = :program "
                                + "and year(p.periodStart) <= :to and year(p.periodEnd) >= :from",
                        String.class)
                .setParameter("program", programId)
                .setParameter("from", fromYear)
                .setParameter("to", toYear)
                .getSingleResult();
    }

    /** The project with this id, or 404. */
    public static Project found(UUID id) {
        return Lookups.found(Project.findById(id), "project", id);
    }

    /** The project, under its row lock for a change, or 404. */
    public static Project locked(UUID id) {
        return Lookups.locked(Project.class, id, "project");
    }

    /**
     * The next code, claimed as an import claims the code it names: an import of that very code at this moment (under
     * another program, whose lock this selection does not hold) is taken in turn, and the code after it is given.
     */
    static String claimedCode(String programCode, int fiscalYear) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String code = nextCode(programCode, fiscalYear);
            NaturalKeys.claim("project-code", code);
            if (Project.count("code", code) == 0) {
                return code;
            }
        }
        throw ProblemException.conflict("No free project code after " + programCode + "-" + fiscalYear + "-; retry");
    }

    /** {@code KUS-2026-01}, … : the program's code, the fiscal year and the next number of that year. */
    private static String nextCode(String programCode, int fiscalYear) {
        String prefix = programCode + "-" + fiscalYear + "-";
        List<String> codes = getEntityManager()
                .createQuery("select p.code from Project p where p.code like :prefix", String.class)
                .setParameter("prefix", prefix + "%")
                .getResultList();
        int next = 1;
        for (String code : codes) {
            String suffix = code.substring(prefix.length());
            if (suffix.matches("\\d{1,9}")) {
                next = Math.max(next, Integer.parseInt(suffix) + 1);
            }
        }
        return prefix + String.format("%02d", next);
    }
}
