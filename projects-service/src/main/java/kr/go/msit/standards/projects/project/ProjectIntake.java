package kr.go.msit.standards.projects.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.projects.call.CallForProposals;
import kr.go.msit.standards.projects.call.Instrument;
import kr.go.msit.standards.projects.client.EligibilityCheck;
import kr.go.msit.standards.projects.program.Program;

/**
 * How projects come to be: imported (the 2025 projects, selected before this system) or created from a selected
 * application, each with its reports scheduled and its code given in the program's sequence.
 */
@ApplicationScoped
public class ProjectIntake {

    private static final String RESOURCE = ProjectService.RESOURCE;

    private final EntityManager em;
    private final AuditTrail audit;
    private final ProgramClock clock;
    private final EligibilityCheck eligibility;

    public ProjectIntake(EntityManager em, AuditTrail audit, ProgramClock clock, EligibilityCheck eligibility) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.eligibility = eligibility;
    }

    /**
     * A project selected outside this system. Its lead must be an institution partnership-service knows that holds a
     * qualifying partner agreement today (its call's instruments and agencies, or any instrument with one of the
     * program's partner agencies): asked before the program's lock is taken, fail closed (503).
     */
    @Transactional
    public ProjectView importProject(ProjectRequest request) {
        CallForProposals call = announcedCallOf(request);
        requireEligibleLead(request);
        Program program = Program.lockedReference(request.programId());
        if (!program.covers(request.fiscalYear())) {
            throw ProblemException.businessRule(
                    "project-year-outside-program",
                    "Fiscal year " + request.fiscalYear() + " is outside the program's period " + program.startYear
                            + "–" + program.endYear);
        }
        if (request.callId() != null && (call == null || !call.programId.equals(program.id))) {
            throw ProblemException.businessRule(
                    "unknown-call", "Call " + request.callId() + " does not exist in program " + program.code);
        }
        requireRoomForAward(request.awardedTotalKrw(), call, program);
        // at most ten years, as a call's duration (120 months): each year of the period is a report to schedule, and
        // a period to 9999-12-31 scheduled reports due in year 10000, which no date of the document can say
        if (!request.periodEnd().isAfter(request.periodStart())
                || request.periodEnd().isAfter(request.periodStart().plusMonths(120))
                || !program.covers(request.periodStart().getYear())
                || !program.covers(request.periodEnd().getYear())) {
            throw ProblemException.businessRule(
                    "project-period",
                    "The period must fall within the program's years (" + program.startYear + "–" + program.endYear
                            + "), its end after its start and at most ten years (120 months) later");
        }
        NaturalKeys.claim("project-code", request.code());
        if (Project.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A project with code " + request.code() + " already exists");
        }
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.code = request.code();
        project.programId = program.id;
        project.callId = request.callId();
        project.fiscalYear = request.fiscalYear();
        project.titleKo = request.titleKo().strip();
        project.titleEn = request.titleEn().strip();
        project.technologyArea = request.technologyArea();
        project.leadInstitutionId = request.leadInstitutionId();
        project.piName = request.principalInvestigatorName();
        project.piEmail = request.principalInvestigatorEmail();
        project.periodStart = request.periodStart();
        project.periodEnd = request.periodEnd();
        project.awardedTotalKrw = request.awardedTotalKrw();
        project.importIn(request.status() == null ? ProjectStatus.SELECTED : request.status(), clock.now());
        persistWithReports(project);
        ProjectView view = ProjectView.of(project);
        audit.record(RESOURCE, project.id, program.id, "import", null, view, ProjectView.of(project, true));
        return view;
    }

    /**
     * Creates the project of a selected application, in the caller's transaction. The caller holds the program's
     * lock, which also serialises the code sequence.
     */
    public Project createFromSelection(
            UUID applicationId,
            CallForProposals call,
            Program program,
            String titleKo,
            String titleEn,
            TechnologyArea area,
            UUID leadInstitutionId,
            String piName,
            String piEmail,
            long awardedTotalKrw,
            LocalDate periodStart,
            UUID partnerAgreementId) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.code = Project.claimedCode(program.code, call.fiscalYear);
        project.programId = program.id;
        project.callId = call.id;
        project.applicationId = applicationId;
        project.fiscalYear = call.fiscalYear;
        project.titleKo = titleKo;
        project.titleEn = titleEn;
        project.technologyArea = area;
        project.leadInstitutionId = leadInstitutionId;
        project.piName = piName;
        project.piEmail = piEmail;
        project.periodStart = periodStart;
        project.periodEnd = Project.periodEndOf(periodStart, call.durationMonths);
        project.awardedTotalKrw = awardedTotalKrw;
        project.entered(clock.now());
        project.partnerAgreementId = partnerAgreementId;
        persistWithReports(project);
        audit.record(
                RESOURCE,
                project.id,
                program.id,
                "create-from-selection",
                null,
                ProjectView.of(project),
                ProjectView.of(project, true));
        return project;
    }

    /**
     * An imported project's award fits, as a selected one's does: its call's cap and ceiling, or for a project of no
     * call, the program's envelope beside its calls' ceilings and its other projects of no call (422
     * {@code envelope-exceeded} with {@code remainingKrw}). The caller holds the program's lock.
     */
    private void requireRoomForAward(long award, CallForProposals call, Program program) {
        if (call != null) {
            call.requireRoomForAward(award, awardedInCall(call.id));
            return;
        }
        long committed = Program.committedKrw(program.id);
        if (committed + award > program.envelopeKrw) {
            throw ProblemException.businessRule(
                            "envelope-exceeded",
                            "Awarding " + award + " KRW outside any call would commit " + (committed + award)
                                    + " KRW of the program, above its envelope of " + program.envelopeKrw + " KRW")
                    .with("remainingKrw", Math.max(0, program.envelopeKrw - committed));
        }
    }

    /** Sum of the awards of the call's projects (the caller holds the program's lock). */
    public long awardedInCall(UUID callId) {
        return em.createQuery(
                        "select coalesce(sum(p.awardedTotalKrw), 0) from Project p where p.callId = :call", Long.class)
                .setParameter("call", callId)
                .getSingleResult();
    }

    /**
     * A project is public and names its call: a call never announced (a draft, or one cancelled as a draft) selected
     * nothing, and naming it would make its id public before the call is. Checked first, before partnership-service is
     * asked about the lead with that call's terms. The call the request names, or null (none named, or no such call:
     * refused once the program is known).
     */
    private static CallForProposals announcedCallOf(ProjectRequest request) {
        if (request.callId() == null) {
            return null;
        }
        CallForProposals call = CallForProposals.findById(request.callId());
        if (call != null && !call.announced()) {
            throw ProblemException.businessRule(
                    "call-not-announced",
                    "Call " + call.code + " was never announced (" + call.status() + "): no project is of it");
        }
        return call;
    }

    private void requireEligibleLead(ProjectRequest request) {
        // read without loading the program or the call, which are read (and the program locked) afterwards
        List<String> programAgencies = em.createQuery(
                        "select a from Program p join p.partnerAgencies a where p.id = :program", String.class)
                .setParameter("program", request.programId())
                .getResultList();
        if (programAgencies.isEmpty()) {
            return; // no such program: 422 unknown-program under the lock, before anything is asked
        }
        Collection<Instrument> instruments = EnumSet.allOf(Instrument.class);
        Collection<String> agencies = programAgencies;
        if (request.callId() != null) {
            List<Instrument> callInstruments = em.createQuery(
                            "select i from CallForProposals c join c.qualifyingInstruments i where c.id = :call",
                            Instrument.class)
                    .setParameter("call", request.callId())
                    .getResultList();
            List<String> callAgencies = em.createQuery(
                            "select a from CallForProposals c join c.qualifyingAgencies a where c.id = :call",
                            String.class)
                    .setParameter("call", request.callId())
                    .getResultList();
            instruments = callInstruments.isEmpty() ? instruments : callInstruments;
            agencies = callAgencies.isEmpty() ? agencies : callAgencies;
        }
        // today, as at submission and selection: a lead whose agreement was renewed since the project began qualifies
        eligibility.requireEligible(request.leadInstitutionId(), instruments, agencies, clock.today());
    }

    private void persistWithReports(Project project) {
        project.persist();
        Report.scheduleFor(project.id, project.periodStart, project.periodEnd).forEach(r -> r.persist());
        em.flush();
    }
}
