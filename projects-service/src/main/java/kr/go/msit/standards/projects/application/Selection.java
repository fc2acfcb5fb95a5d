package kr.go.msit.standards.projects.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.call.CallForProposals;
import kr.go.msit.standards.projects.call.CallStatus;
import kr.go.msit.standards.projects.program.Program;
import kr.go.msit.standards.projects.project.Project;
import kr.go.msit.standards.projects.project.ProjectIntake;

/**
 * Selecting an application (선정): the award within the call's cap and ceiling, and the project it becomes, in the
 * caller's transaction ({@link ApplicationService#select} asks partnership-service first, outside any lock).
 */
@ApplicationScoped
public class Selection {

    private final EntityManager em;
    private final ProjectIntake projects;
    private final AuditTrail audit;
    private final ProgramClock clock;

    public Selection(EntityManager em, ProjectIntake projects, AuditTrail audit, ProgramClock clock) {
        this.em = em;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Selection: under the program's lock (which serialises every selection of the program), checks the call's
     * per-project cap and ceiling against the awards already made, then creates the project in this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationView select(Application unlocked, String ifMatch, DecisionRequest request, UUID agreement) {
        CallForProposals call = CallForProposals.findById(unlocked.callId);
        Program program = Program.lockedReference(call.programId);
        em.refresh(call);
        Application application = Lookups.locked(Application.class, unlocked.id, "application");
        ETags.requireMatch(ifMatch, application.version);
        if (!ApplicationAction.SELECT.allowedFrom(application.status())) {
            throw ProblemException.illegalTransition(
                    "application", "select", application.status(), ApplicationAction.SELECT.from());
        }
        if (call.status() != CallStatus.UNDER_REVIEW) {
            throw ProblemException.businessRule(
                            "call-not-under-review",
                            "Applications are selected while their call is UNDER_REVIEW; the call is " + call.status())
                    .with("callStatus", call.status().name());
        }
        long award = request.awardedTotalKrw() == null ? application.requestedTotalKrw : request.awardedTotalKrw();
        if (award > application.requestedTotalKrw) {
            throw ProblemException.businessRule(
                    "award-above-request",
                    "The award " + award + " KRW exceeds the requested " + application.requestedTotalKrw + " KRW");
        }
        call.requireRoomForAward(award, projects.awardedInCall(call.id));
        LocalDate start = request.periodStart() != null
                ? request.periodStart()
                : clock.today().withDayOfMonth(1).plusMonths(1);
        // a project starts within its program's years (a start in 9999 ran the period, and its reports, past 9999);
        // the default start (next month) too, which in the program's last December is past it
        if (!program.covers(start.getYear())) {
            throw ProblemException.businessRule(
                    "period-start-outside-program",
                    "periodStart " + start + " is outside the program's years " + program.startYear + "–"
                            + program.endYear);
        }
        // and ends within them: a year past them has no budget to fund it (the program's years bound its
        // appropriations and lines); extending the program first is the way to select it
        LocalDate end = Project.periodEndOf(start, call.durationMonths);
        if (!program.covers(end.getYear())) {
            throw ProblemException.businessRule(
                            "period-end-outside-program",
                            "A project of this call starting " + start + " ends " + end + ", after the program's last"
                                    + " year " + program.endYear + "; extend the program or start it earlier")
                    .with("periodEnd", end.toString())
                    .with("programEndYear", program.endYear);
        }
        // not selected yet: no project; the trail without reviewers (see ApplicationService.audited)
        ApplicationView before = ApplicationView.of(application, null, false);
        application.apply(ApplicationAction.SELECT, request.reason(), clock.now());
        Project project = projects.createFromSelection(
                application.id,
                call,
                program,
                application.titleKo,
                application.titleEn,
                application.technologyArea,
                application.leadInstitutionId,
                application.piName,
                application.piEmail,
                award,
                start,
                agreement);
        // its joint institutions (공동연구기관) stay with it: their people may not evaluate it
        project.jointInstitutionIds.addAll(application.jointInstitutionIds);
        application.persistAndFlush();
        ApplicationView after = ApplicationView.of(application, project.id);
        audit.record(
                ApplicationService.RESOURCE,
                application.id,
                application.callId,
                ApplicationAction.SELECT.verb(),
                before,
                ApplicationView.of(application, project.id, false),
                after);
        return after; // a program manager's: reviewers named
    }
}
