package kr.go.msit.standards.projects.position;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.NaturalKeys;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.project.Project;
import kr.go.msit.standards.projects.project.ProjectAccess;
import kr.go.msit.standards.projects.standards.RecordDates;
import kr.go.msit.standards.projects.standards.StandardsBody;

/** Leadership positions: recorded by the project's institution or a program manager, read as the project is. */
@ApplicationScoped
public class PositionService {

    static final String RESOURCE = "leadership-position";

    private final AuditTrail audit;
    private final ProjectAccess access;

    public PositionService(AuditTrail audit, ProjectAccess access) {
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public PageView<PositionView> list(UUID projectId, UUID bodyId, PageRequest page) {
        Where where = access.visibleProjectsOnly(
                new Where().and("projectId = :project", "project", projectId).and("bodyId = :body", "body", bodyId));
        return Pages.of(
                LeadershipPosition.<LeadershipPosition>find(
                        where.clause(), Sort.by("startDate").and("id"), where.parameters()),
                page,
                PositionService::view);
    }

    @Transactional
    public PositionView get(UUID id) {
        return view(findVisible(id));
    }

    @Transactional
    public PositionView create(PositionRequest request) {
        Project project = access.referencedForOutputs(request.projectId());
        StandardsBody body = StandardsBody.referenced(request.bodyId());
        LeadershipPosition position = new LeadershipPosition();
        position.id = UUID.randomUUID();
        apply(position, request, body);
        position.persistAndFlush();
        PositionView view = PositionView.of(position, body.code);
        audit.created(RESOURCE, position.id, project.id, view);
        return view;
    }

    /** Replaces the position's fields; its project stays. */
    @Transactional
    public PositionView update(UUID id, String ifMatch, PositionRequest request) {
        LeadershipPosition position = LeadershipPosition.locked(id);
        access.changeableOutputsOf(position.projectId, RESOURCE, id);
        ETags.requireMatch(ifMatch, position.version);
        if (!position.projectId.equals(request.projectId())) {
            throw ProblemException.businessRule("project-fixed", "A position stays with its project");
        }
        StandardsBody body = StandardsBody.referenced(request.bodyId());
        return audit.change(
                RESOURCE,
                position.id,
                position.projectId,
                "update",
                () -> view(position),
                () -> apply(position, request, body));
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        return audit.history(id, page);
    }

    private LeadershipPosition findVisible(UUID id) {
        LeadershipPosition position = LeadershipPosition.found(id);
        access.visibleOwnerOf(position.projectId, RESOURCE, id);
        return position;
    }

    private static PositionView view(LeadershipPosition position) {
        return PositionView.of(position, StandardsBody.<StandardsBody>findById(position.bodyId).code);
    }

    private static void apply(LeadershipPosition position, PositionRequest request, StandardsBody body) {
        RecordDates.requireFrom1900(request.startDate(), "startDate");
        RecordDates.requireFrom1900(request.endDate(), "endDate");
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.businessRule("position-dates", "endDate must not be before startDate");
        }
        position.projectId = request.projectId();
        position.bodyId = body.id;
        position.groupName = request.groupName().strip();
        position.role = request.role();
        position.holderName = request.holderName().strip();
        position.startDate = request.startDate();
        position.endDate = request.endDate();
        NaturalKeys.claimIgnoringCase(
                "position",
                position.projectId + ":" + position.bodyId + ":" + position.role + ":" + position.groupName + ":"
                        + position.holderName);
        position.sameSeatRecorded().ifPresent(other -> {
            throw ProblemException.conflict(position.holderName + " is recorded already as " + other.role + " of "
                    + body.code + " " + other.groupName + " from " + other.startDate
                    + (other.endDate == null ? "" : " to " + other.endDate) + " for this project");
        });
    }
}
