package kr.go.msit.standards.projects.program;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.call.CallForProposals;
import kr.go.msit.standards.projects.evaluation.GradeScale;
import kr.go.msit.standards.projects.project.Project;

/** Programs: create, read, update, with the envelope rules. */
@ApplicationScoped
public class ProgramService {

    static final String RESOURCE = "program";

    private final AuditTrail audit;

    private final Caller caller;

    public ProgramService(AuditTrail audit, Caller caller) {
        this.caller = caller;
        this.audit = audit;
    }

    public PageView<ProgramView> list(PageRequest page) {
        return Pages.of(Program.<Program>findAll(Sort.by("code")), page, ProgramView::of);
    }

    public ProgramView get(UUID id) {
        return ProgramView.of(Program.found(id));
    }

    @Transactional
    public ProgramView create(ProgramRequest request) {
        validateYears(request);
        NaturalKeys.claim("program-code", request.code());
        if (Program.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A program with code " + request.code() + " already exists");
        }
        Program program = new Program();
        program.id = UUID.randomUUID();
        apply(program, request);
        program.persistAndFlush();
        GradeScale.giveDefault(program.id);
        ProgramView view = ProgramView.of(program);
        audit.created(RESOURCE, program.id, null, view);
        return view;
    }

    @Transactional
    public ProgramView update(UUID id, String ifMatch, ProgramRequest request) {
        validateYears(request);
        Program program = Program.locked(id);
        ETags.requireMatch(ifMatch, program.version);
        NaturalKeys.claim("program-code", request.code());
        if (!program.code.equals(request.code()) && Program.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A program with code " + request.code() + " already exists");
        }
        long committed = Program.committedKrw(program.id);
        if (request.envelopeKrw() < committed) {
            throw ProblemException.businessRule(
                    "envelope-below-calls",
                    "The envelope " + request.envelopeKrw() + " KRW is below the " + committed
                            + " KRW already committed to calls of this program and to its projects of no call");
        }
        Integer outside = CallForProposals.firstFiscalYearOutside(program.id, request.startYear(), request.endYear());
        if (outside != null) {
            throw ProblemException.businessRule(
                    "period-excludes-calls",
                    "A call of this program is in fiscal year " + outside + ", outside the new period");
        }
        // only the years this update gives up: a project created before its period was held to the program's years
        // may run past them, and checking its whole period would refuse every later update of the program, a new
        // name too
        String project = Project.firstPerformingIn(program.id, program.startYear, request.startYear() - 1);
        if (project == null) {
            project = Project.firstPerformingIn(program.id, request.endYear() + 1, program.endYear);
        }
        if (project != null) {
            throw ProblemException.businessRule(
                    "period-excludes-projects",
                    "Project " + project + " performs in a year that " + request.startYear() + "–" + request.endYear()
                            + " would give up");
        }
        return audit.change(
                RESOURCE, program.id, null, "update", () -> ProgramView.of(program), () -> apply(program, request));
    }

    /**
     * The program's history; with its calls' and projects' changes only for the staff, who read every call (drafts
     * too) and every project: to an institution or a viewer they would show drafts and other institutions' projects.
     */
    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        Program.found(id);
        return audit.history(id, page, caller.isStaff());
    }

    private static void validateYears(ProgramRequest request) {
        if (request.endYear() < request.startYear()) {
            throw ProblemException.businessRule("program-years", "endYear must not be before startYear");
        }
    }

    private static void apply(Program program, ProgramRequest request) {
        program.code = request.code();
        program.nameKo = request.nameKo().strip();
        program.nameEn = request.nameEn().strip();
        program.ministryKo = request.ministryKo().strip();
        program.ministryEn = request.ministryEn().strip();
        program.divisionKo = request.divisionKo();
        program.divisionEn = request.divisionEn();
        program.partnerAgencies.clear();
        program.partnerAgencies.addAll(new LinkedHashSet<>(request.partnerAgencies()));
        program.startYear = request.startYear();
        program.endYear = request.endYear();
        program.envelopeKrw = request.envelopeKrw();
    }
}
