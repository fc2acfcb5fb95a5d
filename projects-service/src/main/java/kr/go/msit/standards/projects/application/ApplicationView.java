package kr.go.msit.standards.projects.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.projects.project.TechnologyArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as the API shows it. */
@Schema(name = "Application")
public record ApplicationView(
        UUID id,
        String code,

        @Schema(description = "The call for proposals (과제 공모) applied to")
        UUID callId,

        String titleKo,
        String titleEn,

        @Schema(description = "Strategic technology area (국가전략기술) of the proposed project")
        TechnologyArea technologyArea,

        @Schema(description = "Lead institution (주관기관), an institution id of partnership-service")
        UUID leadInstitutionId,

        @Schema(
                description =
                        "Joint institutions (공동기관), institution ids of partnership-service, sorted; empty when none")
        List<UUID> jointInstitutionIds,

        @Schema(description = "The principal investigator (연구책임자)")
        PrincipalInvestigatorView principalInvestigator,

        @Schema(
                nullable = true,
                description =
                        "The partner agreement (MOU, LOI or confirmation letter) the application relies on; null when not given")
        UUID partnerAgreementId,

        @Schema(description = "KRW requested per fiscal year, by year")
        List<RequestedBudgetLine> requestedBudget,

        @Schema(description = "Sum of requestedBudget in KRW; never above the call's per-project cap")
        long requestedTotalKrw,

        @Schema(description = "Reviewers' scores, oldest first; empty until reviewed")
        List<ReviewView> reviews,

        @Schema(nullable = true, description = "Mean of the review scores (0-100); null while there is no review")
        Double averageScore,

        ApplicationStatus status,
        @Schema(nullable = true) String statusReason,

        @Schema(nullable = true, description = "The project created when the application was selected")
        UUID projectId,

        @Schema(nullable = true, description = "When the application was submitted (UTC); null until submitted")
        Instant submittedAt,

        @Schema(nullable = true, description = "When it was selected or not selected (UTC); null until decided")
        Instant decidedAt,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The principal investigator (연구책임자) as the API shows it. */
    @Schema(name = "ApplicationPrincipalInvestigator")
    public record PrincipalInvestigatorView(
            @Schema(description = "Full name of the principal investigator")
            String name,

            @Schema(nullable = true, description = "E-mail address of the principal investigator; null when not given")
            String email) {}

    /** A fiscal year's requested budget as the API shows it. */
    @Schema(name = "RequestedBudgetLine")
    public record RequestedBudgetLine(
            @Schema(description = "The fiscal year requested for (a calendar year)")
            int fiscalYear,

            @Schema(description = "KRW requested for that fiscal year")
            long amountKrw) {}

    /** A review as the API shows it. */
    @Schema(name = "Review")
    public record ReviewView(
            UUID id,

            @Schema(
                    nullable = true,
                    description = "Who reviewed, as entered; one score per reviewer and application. Null for"
                            + " the applicant institution: reviewers stay anonymous to applicants (평가위원"
                            + " 비공개), in this view, its history and the change feed")
            String reviewer,

            @Schema(description = "The reviewer's score, 0 to 100")
            int score,

            @Schema(nullable = true, description = "The reviewer's comment; null when none")
            String comment,

            Instant createdAt) {}

    /** The application with its reviewers named. */
    static ApplicationView of(Application a, UUID projectId) {
        return of(a, projectId, true);
    }

    /** The application, with its reviewers named or left out ({@code reviewers} false: each is null). */
    static ApplicationView of(Application a, UUID projectId, boolean reviewers) {
        return new ApplicationView(
                a.id,
                a.code,
                a.callId,
                a.titleKo,
                a.titleEn,
                a.technologyArea,
                a.leadInstitutionId,
                a.jointInstitutionIds.stream().sorted().toList(),
                new PrincipalInvestigatorView(a.piName, a.piEmail),
                a.partnerAgreementId,
                a.requestedBudget.stream()
                        .map(l -> new RequestedBudgetLine(l.fiscalYear, l.amountKrw))
                        .toList(),
                a.requestedTotalKrw,
                a.reviews.stream()
                        .map(r -> new ReviewView(r.id, reviewers ? r.reviewer : null, r.score, r.comment, r.createdAt))
                        .toList(),
                a.averageScore(),
                a.status(),
                a.statusReason,
                projectId,
                a.submittedAt,
                a.decidedAt,
                a.version,
                a.createdAt,
                a.updatedAt);
    }
}
