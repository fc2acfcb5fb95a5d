package kr.go.msit.standards.projects.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.client.Dependencies;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.web.ETags;
import kr.go.msit.standards.projects.client.EligibilityCheck;
import kr.go.msit.standards.projects.client.PartnerFacts;
import kr.go.msit.standards.projects.client.PartnershipCalls;

/**
 * The partner (NIST) side of a project: agency, units, division, counterparts and the agreement it relies on, each
 * reference checked with partnership-service at the moment it is recorded (fail closed: 503 when it cannot answer).
 */
@ApplicationScoped
public class PartnerSideService {

    private final ProjectService projects;
    private final PartnershipCalls partnership;
    private final Caller caller;
    private final AuditTrail audit;

    public PartnerSideService(ProjectService projects, PartnershipCalls partnership, Caller caller, AuditTrail audit) {
        this.projects = projects;
        this.partnership = partnership;
        this.caller = caller;
        this.audit = audit;
    }

    /** Records the partner side, by a program manager or the project's own institution (If-Match supported). */
    @Transactional
    public ProjectView set(UUID projectId, String ifMatch, PartnerSideRequest request) {
        Project unlocked = projects.visible(projectId);
        caller.requireChangeable(unlocked.leadInstitutionId, ProjectService.RESOURCE, projectId, Roles.PROGRAM_MANAGER);
        ETags.requireMatch(ifMatch, unlocked.version);
        Set<UUID> units = request.unitIds() == null ? Set.of() : request.unitIds();
        List<PartnerSideRequest.CounterpartRequest> people =
                request.counterparts() == null ? List.of() : request.counterparts();
        // asked before the row is locked: a slow partnership-service holds no lock here
        PartnerFacts.Agency agency = Dependencies.call(
                        EligibilityCheck.DEPENDENCY, "the partner agency", () -> partnership.agency(request.agencyId()))
                .orElseThrow(() ->
                        ProblemException.businessRule("unknown-agency", "No partner agency " + request.agencyId()));
        for (UUID unit : units) {
            if (!agency.hasUnit(unit)) {
                throw ProblemException.businessRule(
                        "unknown-unit", "Unit " + unit + " is not a unit of " + agency.code());
            }
        }
        for (PartnerSideRequest.CounterpartRequest person : people) {
            if (person.unitId() != null && !units.contains(person.unitId())) {
                throw ProblemException.businessRule(
                        "unknown-unit", person.name() + "'s unit " + person.unitId() + " is not among unitIds");
            }
        }
        if (request.agreementId() != null) {
            PartnerFacts.Agreement agreement = Dependencies.call(
                            EligibilityCheck.DEPENDENCY,
                            "the project's agreement",
                            () -> partnership.agreement(request.agreementId()))
                    .orElseThrow(() -> ProblemException.businessRule(
                            "unknown-agreement", "No agreement " + request.agreementId()));
            if (!"ACTIVE".equals(agreement.status())) {
                throw ProblemException.businessRule(
                        "agreement-not-active",
                        "Agreement " + agreement.code() + " is " + agreement.status() + ", not ACTIVE");
            }
            // ACTIVE is its state; whether it binds today is its dates' (partnership-service tells)
            if (!Boolean.TRUE.equals(agreement.inForce())) {
                throw ProblemException.businessRule(
                        "agreement-not-in-force",
                        "Agreement " + agreement.code() + " is not in force today: not yet effective, or expired");
            }
            if (!unlocked.leadInstitutionId.equals(agreement.institutionId())
                    || !agency.id().equals(agreement.agencyId())) {
                throw ProblemException.businessRule(
                        "agreement-not-the-projects",
                        "Agreement " + agreement.code() + " is not between the project's lead institution and "
                                + agency.code());
            }
        }
        Project project = Lookups.locked(Project.class, projectId, ProjectService.RESOURCE);
        ETags.requireMatch(ifMatch, project.version);
        ProjectView before = ProjectView.of(project);
        project.partnerAgencyId = agency.id();
        project.partnerDivision =
                request.division() == null ? null : request.division().strip();
        project.partnerUnitIds.clear();
        project.partnerUnitIds.addAll(units);
        project.counterparts.clear();
        people.forEach(p -> project.counterparts.add(new Counterpart(p.name().strip(), p.email(), p.unitId())));
        if (request.agreementId() != null) {
            project.partnerAgreementId = request.agreementId();
        }
        project.persistAndFlush();
        ProjectView after = ProjectView.of(project);
        audit.record(
                ProjectService.RESOURCE,
                project.id,
                project.programId,
                "set-partner-side",
                before,
                after,
                ProjectView.of(project, true));
        return projects.view(project);
    }
}
