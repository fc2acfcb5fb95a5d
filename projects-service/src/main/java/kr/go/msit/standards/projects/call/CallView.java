package kr.go.msit.standards.projects.call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call for proposals as the API shows it. */
@Schema(name = "Call")
public record CallView(
        UUID id,
        String code,

        @Schema(description = "The program the call for proposals (과제 공모) belongs to")
        UUID programId,

        @Schema(description = "Fiscal year of the call; the first year applicants may request budget for")
        int fiscalYear,

        String titleKo,
        String titleEn,

        @Schema(nullable = true, description = "What the call funds, in Korean; null when not given")
        String descriptionKo,

        @Schema(nullable = true, description = "What the call funds, in English; null when not given")
        String descriptionEn,

        @Schema(description = "Most KRW the call may award in total across its selected projects")
        long budgetCeilingKrw,

        @Schema(description = "Most KRW one project may request or be awarded, over its whole period")
        long perProjectCapKrw,

        @Schema(description = "Period of performance of the call's projects, in months, e.g. 36")
        int durationMonths,

        @Schema(description = "Partner-agreement instruments that make a lead institution (주관기관) eligible, sorted")
        List<Instrument> qualifyingInstruments,

        @Schema(
                description =
                        "OPEN: any eligible institution applies; DESIGNATED: an agreement with a foreign agency names the institution")
        SelectionMode selectionMode,

        @Schema(
                nullable = true,
                description = "First day for applications (YYYY-MM-DD, Korea); applications are "
                        + "accepted while the call is OPEN and today is within opensOn–closesOn; null until set")
        LocalDate opensOn,

        @Schema(
                nullable = true,
                description = "Last day for applications (YYYY-MM-DD, Korea, inclusive); null until set")
        LocalDate closesOn,

        @Schema(description = "Partner agencies (codes) whose agreements qualify a lead institution, sorted")
        List<String> qualifyingAgencies,

        @Schema(description = "DESIGNATED calls: the institutions the call is for (only they apply); empty otherwise")
        List<UUID> designatedInstitutionIds,

        CallStatus status,

        @Schema(
                nullable = true,
                description = "The day (YYYY-MM-DD, Korea) the call was announced (공고), from which institutions and "
                        + "viewers see it; null while a draft, and for good when cancelled as one")
        LocalDate announcedOn,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    static CallView of(CallForProposals c) {
        return new CallView(
                c.id,
                c.code,
                c.programId,
                c.fiscalYear,
                c.titleKo,
                c.titleEn,
                c.descriptionKo,
                c.descriptionEn,
                c.budgetCeilingKrw,
                c.perProjectCapKrw,
                c.durationMonths,
                c.qualifyingInstruments.stream().sorted().toList(),
                c.selectionMode,
                c.opensOn,
                c.closesOn,
                List.copyOf(c.qualifyingAgencies),
                List.copyOf(c.designatedInstitutions),
                c.status(),
                c.announcedOn(),
                c.version,
                c.createdAt,
                c.updatedAt);
    }
}
