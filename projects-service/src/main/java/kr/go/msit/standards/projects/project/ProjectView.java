package kr.go.msit.standards.projects.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(name = "Project")
public record ProjectView(
        UUID id, String code, UUID programId, UUID callId, UUID applicationId, int fiscalYear, String titleKo,
        String titleEn, TechnologyArea technologyArea, UUID leadInstitutionId, String principalInvestigatorName,
        String principalInvestigatorEmail, LocalDate periodStart, LocalDate periodEnd, long awardedTotalKrw,
        ProjectStatus status, String statusReason, long version, Instant createdAt, Instant updatedAt) {

    static ProjectView of(Project p) {
        return new ProjectView(p.id, p.code, p.programId, p.callId, p.applicationId, p.fiscalYear, p.titleKo,
                p.titleEn, p.technologyArea, p.leadInstitutionId, p.piName, p.piEmail, p.periodStart, p.periodEnd,
                p.awardedTotalKrw, p.status(), p.statusReason, p.version, p.createdAt, p.updatedAt);
    }
}
