package kr.go.msit.standards.projects.publication;

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
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.project.Project;
import kr.go.msit.standards.projects.project.ProjectAccess;
import kr.go.msit.standards.projects.standards.RecordDates;

/** Joint publications with NIST co-authors: recorded by the project's institution or a program manager. */
@ApplicationScoped
public class PublicationService {

    static final String RESOURCE = "publication";

    private final AuditTrail audit;
    private final ProjectAccess access;
    private final ProgramClock clock;

    public PublicationService(AuditTrail audit, ProjectAccess access, ProgramClock clock) {
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public PageView<PublicationView> list(UUID projectId, PageRequest page) {
        Where where = access.visibleProjectsOnly(new Where().and("projectId = :project", "project", projectId));
        return Pages.of(
                Publication.<Publication>find(
                        where.clause(), Sort.by("publishedOn").and("id"), where.parameters()),
                page,
                PublicationView::of);
    }

    @Transactional
    public PublicationView get(UUID id) {
        return PublicationView.of(findVisible(id));
    }

    @Transactional
    public PublicationView create(PublicationRequest request) {
        Project project = access.referencedForOutputs(request.projectId());
        requireDoiUnused(request.doi(), null);
        Publication publication = new Publication();
        publication.id = UUID.randomUUID();
        apply(publication, request);
        publication.persistAndFlush();
        PublicationView view = PublicationView.of(publication);
        audit.created(RESOURCE, publication.id, project.id, view);
        return view;
    }

    /** Replaces the publication's fields; its project stays. */
    @Transactional
    public PublicationView update(UUID id, String ifMatch, PublicationRequest request) {
        Publication publication = Publication.locked(id);
        access.changeableOutputsOf(publication.projectId, RESOURCE, id);
        ETags.requireMatch(ifMatch, publication.version);
        if (!publication.projectId.equals(request.projectId())) {
            throw ProblemException.businessRule("project-fixed", "A publication stays with its project");
        }
        requireDoiUnused(request.doi(), id);
        return audit.change(
                RESOURCE,
                publication.id,
                publication.projectId,
                "update",
                () -> PublicationView.of(publication),
                () -> apply(publication, request));
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        findVisible(id);
        return audit.history(id, page);
    }

    private Publication findVisible(UUID id) {
        Publication publication = Publication.found(id);
        access.visibleOwnerOf(publication.projectId, RESOURCE, id);
        return publication;
    }

    /** 409 when another publication has the DOI (the database's unique index backs this). */
    private static void requireDoiUnused(String doi, UUID self) {
        if (doi == null) {
            return;
        }
        NaturalKeys.claimIgnoringCase("doi", doi);
        // lower-cased by PostgreSQL on both sides, as the unique index is (Java's lower-casing differs on a few
        // letters)
        Publication other =
                Publication.<Publication>find("lower(doi) = lower(?1)", doi).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw ProblemException.conflict("A publication with DOI " + doi + " is recorded already");
        }
    }

    private void apply(Publication publication, PublicationRequest request) {
        RecordDates.requireFrom1900(request.publishedOn(), "publishedOn");
        if (request.publishedOn().isAfter(clock.today())) {
            throw ProblemException.businessRule(
                    "date-in-future", "publishedOn " + request.publishedOn() + " is after today (Korea)");
        }
        publication.projectId = request.projectId();
        publication.kind = request.kind();
        publication.title = request.title().strip();
        publication.venue = request.venue().strip();
        publication.publishedOn = request.publishedOn();
        publication.doi = request.doi();
        publication.nistCoAuthors.clear();
        request.nistCoAuthors().forEach(name -> publication.nistCoAuthors.add(name.strip()));
    }
}
