package kr.go.msit.standards.partnership.dispatch;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.ProjectSummary;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;

/**
 * A researcher's dispatch (파견) to a partner-agency site under a project, with its state machine. The days it
 * takes (planned until arrival, actual afterwards) may not overlap another dispatch of the same researcher; the
 * database enforces that with an exclusion constraint on its generated {@code occupied} range. A researcher still on
 * site after the planned end takes every day up to today as well: the service checks those days (the generated
 * column cannot know today), see {@link #occupiedUntil}.
 */
@Entity
@Table(name = "dispatch")
public class Dispatch extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID researcherId;
    public UUID institutionId;
    public UUID projectId;
    public String projectCode;
    public UUID siteId;
    public UUID hostUnitId;
    public String hostLaboratory;
    public String hostContactName;
    public String hostContactEmail;
    public String purpose;

    @Enumerated(EnumType.STRING)
    public VisaCategory visaCategory;

    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    private LocalDate actualStart;
    private LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    private DispatchStatus status = DispatchStatus.PLANNED;

    private String statusReason;

    public DispatchStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public LocalDate actualStart() {
        return actualStart;
    }

    public LocalDate actualEnd() {
        return actualEnd;
    }

    /** First day the researcher is taken by this dispatch. */
    public LocalDate occupiedFrom() {
        return actualStart != null ? actualStart : plannedStart;
    }

    /**
     * Last day the researcher is taken by this dispatch: the planned end until arrival, the last day once ended, and
     * while on site the latest of the planned end and today (a researcher who stays on is still there).
     */
    public LocalDate occupiedUntil(LocalDate today) {
        if (actualStart == null) {
            return plannedEnd;
        }
        if (actualEnd != null) {
            return actualEnd;
        }
        LocalDate until = plannedEnd.isAfter(actualStart) ? plannedEnd : actualStart;
        return today.isAfter(until) ? today : until;
    }

    /**
     * Moves the dispatch along its state machine, or refuses: 409 naming the current state for an illegal
     * transition; 422 for a missing reason, a date in the future, or an end before the arrival.
     *
     * @param date arrival for {@code arrive}, last day for {@code complete} and {@code cut-short}; today when null
     */
    public void apply(DispatchAction action, LocalDate date, String reason, LocalDate today) {
        DispatchStatus next = action.transition().apply("dispatch", status, reason);
        LocalDate on = date == null ? today : date;
        if (date != null
                && (action == DispatchAction.ARRIVE
                        || action == DispatchAction.COMPLETE
                        || action == DispatchAction.CUT_SHORT_ACTION)
                && on.isAfter(today)) {
            throw ProblemException.businessRule(
                    "date-in-future", "An arrival or departure is recorded once it has happened");
        }
        switch (action) {
            case ARRIVE -> actualStart = on;
            case COMPLETE, CUT_SHORT_ACTION -> {
                if (on.isBefore(actualStart)) {
                    throw ProblemException.businessRule(
                            "end-before-arrival", "The last day " + on + " is before the arrival on " + actualStart);
                }
                actualEnd = on;
            }
            default -> {
                // approve and cancel change the state only
            }
        }
        statusReason = Transition.reasonOf(reason);
        status = next;
    }

    /** The dispatch with this id, or 404. */
    public static Dispatch found(UUID id) {
        return Lookups.found(Dispatch.findById(id), "dispatch", id);
    }

    /** The dispatch, under its row lock for a change, or 404. */
    public static Dispatch locked(UUID id) {
        return Lookups.locked(Dispatch.class, id, "dispatch");
    }

    /**
     * A dispatch is its project's: its days lie within the project's period of performance, which pays for them (a
     * stay after the project's end has no budget to come from). Checked when it is planned, approved and begun.
     */
    /**
     * A dispatch's researcher is of an institution that performs its project, the lead or a joint institution (공동연구기관):
     * the project's money pays for the stay, and the project's institutions are the ones who see it. One of an
     * unrelated institution was dispatched under another's project, which then saw it in neither's lists.
     */
    static void requirePerformer(ProjectSummary project, UUID institutionId) {
        if (!project.performedBy(institutionId)) {
            throw ProblemException.businessRule(
                    "researcher-not-of-project",
                    "The researcher's institution is neither the lead nor a joint institution of project "
                            + project.code());
        }
    }

    static void requireWithinPeriod(ProjectSummary project, LocalDate from, LocalDate until) {
        if (project.periodStart() == null || project.periodEnd() == null) {
            return; // a projects-service that does not say: its state was checked
        }
        if (from.isBefore(project.periodStart()) || until.isAfter(project.periodEnd())) {
            throw ProblemException.businessRule(
                            "dispatch-outside-project-period",
                            "Project " + project.code() + " performs from " + project.periodStart() + " to "
                                    + project.periodEnd() + "; the dispatch's days " + from + " – " + until
                                    + " must lie within it")
                    .with("projectPeriodStart", project.periodStart().toString())
                    .with("projectPeriodEnd", project.periodEnd().toString());
        }
    }

    /**
     * 422 for planned days no visa allows: an end before the start ({@code dispatch-dates}), a start before 1900
     * ({@code date-before-1900}, as other records), or a stay longer than the visa category allows
     * ({@code stay-too-long}: five years for a J-1 research scholar, six months for a short-term scholar).
     */
    static void requirePlausibleDates(DispatchRequest request) {
        if (request.plannedEnd().isBefore(request.plannedStart())) {
            throw ProblemException.businessRule("dispatch-dates", "plannedEnd must not be before plannedStart");
        }
        if (request.plannedStart().getYear() < 1900) {
            throw ProblemException.businessRule("date-before-1900", "plannedStart is before 1900");
        }
        LocalDate lastDay = request.visaCategory().lastDayFrom(request.plannedStart());
        if (request.plannedEnd().isAfter(lastDay)) {
            throw ProblemException.businessRule(
                            "stay-too-long",
                            "A stay as " + request.visaCategory() + " lasts at most "
                                    + request.visaCategory().longestStay() + ": from " + request.plannedStart()
                                    + " until " + lastDay + " at the latest")
                    .with("latestPlannedEnd", lastDay.toString());
        }
    }
}
