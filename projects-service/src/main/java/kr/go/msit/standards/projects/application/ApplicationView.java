package kr.go.msit.standards.projects.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.projects.project.TechnologyArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as the API shows it. */
@Schema(name = "Application")
public record ApplicationView(
        UUID id, String code, UUID callId, String titleKo, String titleEn, TechnologyArea technologyArea,
        UUID leadInstitutionId, List<UUID> jointInstitutionIds, ApplicationRequest.PrincipalInvestigator principalInvestigator,
        UUID partnerAgreementId, List<ApplicationRequest.BudgetLineRequest> requestedBudget, long requestedTotalKrw,
        List<ReviewView> reviews, Double averageScore, ApplicationStatus status, String statusReason,
        @Schema(description = "The project created when the application was selected") UUID projectId,
        Instant submittedAt, Instant decidedAt, long version, Instant createdAt, Instant updatedAt) {

    /** A review as the API shows it. */
    @Schema(name = "Review")
    public record ReviewView(UUID id, String reviewer, int score, String comment, Instant createdAt) {
    }

    static ApplicationView of(Application a, UUID projectId) {
        return new ApplicationView(a.id, a.code, a.callId, a.titleKo, a.titleEn, a.technologyArea,
                a.leadInstitutionId, a.jointInstitutionIds.stream().sorted().toList(),
                new ApplicationRequest.PrincipalInvestigator(a.piName, a.piEmail), a.partnerAgreementId,
                a.requestedBudget.stream().map(l -> new ApplicationRequest.BudgetLineRequest(l.fiscalYear, l.amountKrw)).toList(),
                a.requestedTotalKrw,
                a.reviews.stream().map(r -> new ReviewView(r.id, r.reviewer, r.score, r.comment, r.createdAt)).toList(),
                a.averageScore(), a.status(), a.statusReason, projectId, a.submittedAt, a.decidedAt, a.version,
                a.createdAt, a.updatedAt);
    }
}
