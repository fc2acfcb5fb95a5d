package kr.go.msit.standards.projects.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(name = "Project")
public record ProjectView(
        UUID id,
        String code,

        @Schema(description = "The program the project (과제) belongs to")
        UUID programId,

        @Schema(
                nullable = true,
                description = "The call (과제 공모) it was selected in; null for a project imported without one")
        UUID callId,

        @Schema(
                nullable = true,
                description =
                        "The application it was selected from; null for an imported project, such as the 8 of 2025")
        UUID applicationId,

        @Schema(description = "Fiscal year of its selection (its call's fiscal year)")
        int fiscalYear,

        String titleKo,
        String titleEn,

        @Schema(description = "Strategic technology area (국가전략기술) of the project")
        TechnologyArea technologyArea,

        @Schema(description = "Lead institution (주관기관), an institution id of partnership-service")
        UUID leadInstitutionId,

        @Schema(
                description = "Joint institutions (공동연구기관), from its application; empty for an imported project. "
                        + "Their researchers, with the lead's, are the ones its money may dispatch")
        List<UUID> jointInstitutionIds,

        @Schema(nullable = true, description = "Name of the principal investigator (연구책임자); null when not recorded")
        String principalInvestigatorName,

        @Schema(nullable = true, description = "E-mail address of the principal investigator; null when not recorded")
        String principalInvestigatorEmail,

        @Schema(description = "First day of the period of performance (YYYY-MM-DD)")
        LocalDate periodStart,

        @Schema(description = "Last day of the period of performance (YYYY-MM-DD)")
        LocalDate periodEnd,

        @Schema(description = "KRW awarded to the project for its whole period")
        long awardedTotalKrw,

        @Schema(
                nullable = true,
                description = "The partner agreement (partnership-service) that made its lead institution "
                        + "eligible when it was selected; null for an imported project")
        UUID partnerAgreementId,

        @Schema(description = "The partner (NIST) side of the project; its agencyId is null until it is recorded")
        PartnerSide partnerSide,

        ProjectStatus status,
        @Schema(nullable = true) String statusReason,

        @Schema(description = "When the project entered its current state")
        Instant statusChangedAt,

        @Schema(
                description = "Every state the project has been in and when it entered it, oldest first (the last is "
                        + "its current state); funding-service lists the payments recorded while it was not ACTIVE")
        List<StatusChangeView> statusHistory,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The project with its counterparts' e-mail addresses hidden (personal data). */
    static ProjectView of(Project p) {
        return of(p, false);
    }

    /** The project; {@code personal}: whether the caller may see its counterparts' e-mail addresses. */
    static ProjectView of(Project p, boolean personal) {
        return new ProjectView(
                p.id,
                p.code,
                p.programId,
                p.callId,
                p.applicationId,
                p.fiscalYear,
                p.titleKo,
                p.titleEn,
                p.technologyArea,
                p.leadInstitutionId,
                p.jointInstitutionIds.stream().sorted().toList(),
                p.piName,
                p.piEmail,
                p.periodStart,
                p.periodEnd,
                p.awardedTotalKrw,
                p.partnerAgreementId,
                new PartnerSide(
                        p.partnerAgencyId,
                        p.partnerUnitIds.stream().sorted().toList(),
                        p.partnerDivision,
                        p.counterparts.stream()
                                .map(c -> new CounterpartView(c.name, personal ? c.email : null, c.unitId))
                                .toList()),
                p.status(),
                p.statusReason,
                p.statusChangedAt,
                p.statusHistory.stream()
                        .map(change -> new StatusChangeView(change.status, change.changedAt))
                        .toList(),
                p.version,
                p.createdAt,
                p.updatedAt);
    }

    /** A state the project entered, and when. */
    @Schema(name = "ProjectStatusChange")
    public record StatusChangeView(
            @Schema(description = "The state it entered") ProjectStatus status,
            @Schema(description = "When it entered it") Instant since) {}

    /** The partner (NIST) side of a project. */
    @Schema(name = "ProjectPartnerSide")
    public record PartnerSide(
            @Schema(nullable = true, description = "The partner agency (partnership-service); null until recorded")
            UUID agencyId,

            @Schema(description = "The agency's units (NIST laboratories) the project works with")
            List<UUID> unitIds,

            @Schema(nullable = true, description = "Division or group at the partner; null when not given")
            String division,

            @Schema(description = "The people on the partner side")
            List<CounterpartView> counterparts) {}

    /** A person on the partner side. */
    @Schema(name = "ProjectCounterpart")
    public record CounterpartView(
            @Schema(description = "Name") String name,

            @Schema(
                    nullable = true,
                    description = "E-mail address (personal data: program managers, auditors and the project's "
                            + "own institution see it); null otherwise or when not given")
            String email,

            @Schema(nullable = true, description = "The unit they work in; null when not given")
            UUID unitId) {}
}
