package kr.go.msit.standards.projects.events;

import static kr.go.msit.standards.platform.security.Roles.AUDITOR;
import static kr.go.msit.standards.platform.security.Roles.FINANCE_OFFICER;
import static kr.go.msit.standards.platform.security.Roles.INSTITUTION;
import static kr.go.msit.standards.platform.security.Roles.PARTNERSHIP_OFFICER;
import static kr.go.msit.standards.platform.security.Roles.PROGRAM_MANAGER;
import static kr.go.msit.standards.platform.security.Roles.VIEWER;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.events.ChangeEvent;
import kr.go.msit.standards.platform.persistence.events.EventDeclarations;
import kr.go.msit.standards.platform.persistence.events.ParentInstitutions;
import kr.go.msit.standards.projects.application.ApplicationView;
import kr.go.msit.standards.projects.call.CallView;
import kr.go.msit.standards.projects.contribution.ContributionView;
import kr.go.msit.standards.projects.evaluation.EvaluationView;
import kr.go.msit.standards.projects.position.PositionView;
import kr.go.msit.standards.projects.program.ProgramView;
import kr.go.msit.standards.projects.project.ProjectView;
import kr.go.msit.standards.projects.project.ReportView;
import kr.go.msit.standards.projects.publication.PublicationView;
import kr.go.msit.standards.projects.standards.StandardsBodyView;

/**
 * What projects-service tells other systems (its change feed and webhooks): one declaration per audited resource,
 * with the roles that may read it (those of its {@code GET}) and whose record it is. Records that belong to a project
 * are their project's lead institution's. Evaluations are not in an institution's feed: the API shows an institution
 * its own only once decided, and then without who scored what; a feed cannot withhold the steps before.
 */
@Singleton
@ChangeEvent(
        resource = "program",
        data = ProgramView.class,
        actions = {"create", "update"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER})
@ChangeEvent(
        resource = "call",
        data = CallView.class,
        actions = {"create", "update", "announce", "open", "close", "start-review", "publish-results", "cancel"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER},
        publicOnceSet = "announcedOn",
        draftReaders = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, AUDITOR})
@ChangeEvent(
        resource = "application",
        data = ApplicationView.class,
        actions = {
            "create",
            "update",
            "review",
            "submit",
            "check-eligibility",
            "start-review",
            "select",
            "reject",
            "withdraw"
        },
        readers = {PROGRAM_MANAGER, INSTITUTION, AUDITOR},
        institution = "/leadInstitutionId",
        personal = "/reviews/*/reviewer",
        personalReaders = {PROGRAM_MANAGER, AUDITOR})
@ChangeEvent(
        resource = "project",
        data = ProjectView.class,
        actions = {
            "import",
            "create-from-selection",
            "update",
            "set-partner-side",
            "sign-agreement",
            "activate",
            "suspend",
            "resume",
            "complete",
            "close",
            "terminate"
        },
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER},
        institution = "/leadInstitutionId",
        personal = "/partnerSide/counterparts/*/email",
        personalReaders = {PROGRAM_MANAGER, AUDITOR},
        institutionSeesPersonal = true)
@ChangeEvent(
        resource = "report",
        data = ReportView.class,
        actions = {"schedule", "submit", "accept", "request-revision"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER},
        institution = ChangeEvent.PARENT)
@ChangeEvent(
        resource = "standards-body",
        data = StandardsBodyView.class,
        actions = {"create", "update"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER})
@ChangeEvent(
        resource = "contribution",
        data = ContributionView.class,
        actions = {"create", "move"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER},
        institution = ChangeEvent.PARENT)
@ChangeEvent(
        resource = "leadership-position",
        data = PositionView.class,
        actions = {"create", "update"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER},
        institution = ChangeEvent.PARENT)
@ChangeEvent(
        resource = "publication",
        data = PublicationView.class,
        actions = {"create", "update"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, PARTNERSHIP_OFFICER, INSTITUTION, AUDITOR, VIEWER},
        institution = ChangeEvent.PARENT)
@ChangeEvent(
        resource = "evaluation",
        data = EvaluationView.class,
        actions = {"create", "add-evaluator", "start", "score", "decide"},
        readers = {PROGRAM_MANAGER, FINANCE_OFFICER, AUDITOR},
        institution = ChangeEvent.PARENT,
        personal = "/evaluators/*/email",
        personalReaders = {PROGRAM_MANAGER, AUDITOR})
public class ProjectsEvents implements EventDeclarations, ParentInstitutions {

    private final EntityManager em;

    public ProjectsEvents(EntityManager em) {
        this.em = em;
    }

    /** Every parent here is a project. */
    @Override
    public Optional<UUID> institutionOf(String resource, UUID projectId) {
        return em
                .createNativeQuery("SELECT lead_institution_id FROM project WHERE id = :id")
                .setParameter("id", projectId)
                .getResultList()
                .stream()
                .findFirst()
                .map(UUID.class::cast);
    }
}
