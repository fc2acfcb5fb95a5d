package kr.go.msit.standards.projects.contribution;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.project.Project;
import kr.go.msit.standards.projects.project.ProjectAccess;
import kr.go.msit.standards.projects.standards.Milestone;
import kr.go.msit.standards.projects.standards.RecordDates;
import kr.go.msit.standards.projects.standards.StandardsBody;

/**
 * Contributions to standards bodies: recorded by the project's institution or a program manager, read by whoever may
 * read the project, moved through their body's stages.
 */
@ApplicationScoped
public class ContributionService {

    static final String RESOURCE = "contribution";

    private final Caller caller;
    private final AuditTrail audit;
    private final ProgramClock clock;
    private final ProjectAccess access;

    public ContributionService(Caller caller, AuditTrail audit, ProgramClock clock, ProjectAccess access) {
        this.access = access;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** Contributions in the order they were recorded; an institution sees its own projects' only. */
    @Transactional
    public PageView<ContributionView> list(UUID projectId, UUID bodyId, String stage, PageRequest page) {
        Where where = access.visibleProjectsOnly(new Where()
                .and("projectId = :project", "project", projectId)
                .and("bodyId = :body", "body", bodyId)
                .and("stageCode = :stage", "stage", stage));
        return Pages.of(
                Contribution.<Contribution>find(
                        where.clause(), Sort.by("createdAt").and("id"), where.parameters()),
                page,
                this::view);
    }

    @Transactional
    public ContributionView get(UUID id) {
        return view(findVisible(id));
    }

    @Transactional
    public ContributionView create(ContributionRequest request) {
        Project project = access.referencedForOutputs(request.projectId());
        StandardsBody body = StandardsBody.referencedInUse(request.bodyId());
        if (body.stage(request.stage()).isEmpty()) {
            throw ProblemException.businessRule(
                    "stage-of-another-body", body.code + " has no stage " + request.stage());
        }
        requireNotFuture(request.stageDate());
        NaturalKeys.claimIgnoringCase(
                "contribution-document", body.id + ":" + request.documentRef().strip());
        if (Contribution.count(
                        "bodyId = ?1 and lower(documentRef) = lower(?2)",
                        body.id,
                        request.documentRef().strip())
                > 0) {
            throw ProblemException.conflict(
                    body.code + " document " + request.documentRef().strip() + " is recorded already");
        }
        Contribution contribution = new Contribution();
        contribution.id = UUID.randomUUID();
        contribution.projectId = project.id;
        contribution.bodyId = body.id;
        contribution.groupName = request.groupName().strip();
        contribution.documentRef = request.documentRef().strip();
        contribution.titleKo =
                request.titleKo() == null ? null : request.titleKo().strip();
        contribution.titleEn = request.titleEn().strip();
        contribution.kind = request.kind();
        contribution.workItem = request.workItem();
        if (request.nistCoAuthors() != null) {
            request.nistCoAuthors().forEach(name -> contribution.nistCoAuthors.add(name.strip()));
        }
        contribution.record(request.stage(), request.stageDate(), request.note(), caller.subject(), clock.now());
        requirePublishedHasNumber(body, contribution, request.standardNumber(), request.standardYear());
        contribution.persistAndFlush();
        ContributionView view = ContributionView.of(contribution, project.code, body);
        audit.created(RESOURCE, contribution.id, project.id, view);
        return view;
    }

    /** Moves the contribution to a further stage of its body (see {@link Contribution#moveTo}). */
    @Transactional
    public ContributionView move(UUID id, String ifMatch, StageMoveRequest request) {
        Contribution contribution = Contribution.locked(id);
        Project project = access.changeableOutputsOf(contribution.projectId, RESOURCE, id);
        ETags.requireMatch(ifMatch, contribution.version);
        requireNotFuture(request.date());
        StandardsBody body = StandardsBody.findById(contribution.bodyId);
        return audit.change(
                RESOURCE,
                contribution.id,
                project.id,
                "move",
                () -> ContributionView.of(contribution, project.code, body),
                () -> {
                    contribution.moveTo(
                            body, request.stage(), request.date(), request.note(), caller.subject(), clock.now());
                    requirePublishedHasNumber(body, contribution, request.standardNumber(), request.standardYear());
                });
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        return audit.history(id, page);
    }

    private Contribution findVisible(UUID id) {
        Contribution contribution = Contribution.found(id);
        access.visibleOwnerOf(contribution.projectId, RESOURCE, id);
        return contribution;
    }

    private ContributionView view(Contribution c) {
        Project project = Project.findById(c.projectId);
        return ContributionView.of(c, project.code, StandardsBody.findById(c.bodyId));
    }

    private void requireNotFuture(LocalDate date) {
        // a standard's year is 1900–2100 (and is the stage date's year when not given): an earlier date was a 409
        RecordDates.requireFrom1900(date, "The stage date");
        if (date.isAfter(clock.today())) {
            throw ProblemException.businessRule(
                    "date-in-future", "The stage date " + date + " is after today (" + clock.today() + ", Korea)");
        }
    }

    /**
     * At its body's PUBLISHED stage a contribution names the standard: 422 {@code standard-number-required} without
     * one; the year is the stage date's unless given.
     */
    private static void requirePublishedHasNumber(
            StandardsBody body, Contribution contribution, String number, Integer year) {
        if (body.stage(contribution.stageCode).orElseThrow().milestone != Milestone.PUBLISHED) {
            return;
        }
        if (number != null && !number.isBlank()) {
            contribution.standardNumber = number.strip();
        }
        if (contribution.standardNumber == null) {
            throw ProblemException.businessRule(
                    "standard-number-required", "A published contribution names its standard (standardNumber)");
        }
        contribution.standardYear = year != null ? year : contribution.stageDate.getYear();
    }
}
