package kr.go.msit.standards.partnership.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispatch as the API shows it. */
@Schema(name = "Dispatch")
public record DispatchView(
        UUID id,
        String code,
        @Schema(description = "The dispatched researcher") ResearcherView researcher,

        @Schema(description = "The researcher's home institution, which the dispatch belongs to")
        UUID institutionId,

        @Schema(description = "The project (과제) that funds the dispatch")
        UUID projectId,

        @Schema(description = "Code of that project, e.g. KUS-2025-05")
        String projectCode,

        @Schema(description = "The partner-agency site the researcher is sent to, e.g. NIST Boulder")
        UUID siteId,

        @Schema(description = "Code of that site, e.g. BOULDER")
        String siteCode,

        @Schema(nullable = true, description = "The partner unit (a NIST laboratory) hosting it; null when not named")
        UUID hostUnitId,

        @Schema(description = "The hosting laboratory, division or group at the site")
        String hostLaboratory,

        @Schema(nullable = true, description = "Name of the host contact at the partner agency; null when not given")
        String hostContactName,

        @Schema(nullable = true, description = "E-mail address of the host contact; null when not given")
        String hostContactEmail,

        @Schema(description = "What the dispatch (파견) is for")
        String purpose,

        @Schema(
                description =
                        "US exchange-visitor category the researcher travels under (J-1 research or short-term scholar)")
        VisaCategory visaCategory,

        @Schema(description = "Planned first day at the site (YYYY-MM-DD)")
        LocalDate plannedStart,

        @Schema(description = "Planned last day at the site (YYYY-MM-DD)")
        LocalDate plannedEnd,

        @Schema(
                nullable = true,
                description = "Day of arrival at the site (YYYY-MM-DD); null until the researcher arrives")
        LocalDate actualStart,

        @Schema(
                nullable = true,
                description = "Actual last day at the site (YYYY-MM-DD); null until COMPLETED or CUT_SHORT")
        LocalDate actualEnd,

        DispatchStatus status,
        @Schema(nullable = true) String statusReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The dispatched researcher. */
    @Schema(name = "Researcher")
    public record ResearcherView(
            UUID id,

            @Schema(description = "Full name of the researcher")
            String name,

            @Schema(description = "E-mail address, in lower case; identifies the researcher")
            String email,

            @Schema(nullable = true, description = "Position or job title; null when not given")
            String position,

            @Schema(description = "The researcher's home institution")
            UUID institutionId) {

        static ResearcherView of(Researcher r) {
            return new ResearcherView(r.id, r.name, r.email, r.position, r.institutionId);
        }
    }

    static DispatchView of(Dispatch d, Researcher r, String siteCode) {
        return new DispatchView(
                d.id,
                d.code,
                ResearcherView.of(r),
                d.institutionId,
                d.projectId,
                d.projectCode,
                d.siteId,
                siteCode,
                d.hostUnitId,
                d.hostLaboratory,
                d.hostContactName,
                d.hostContactEmail,
                d.purpose,
                d.visaCategory,
                d.plannedStart,
                d.plannedEnd,
                d.actualStart(),
                d.actualEnd(),
                d.status(),
                d.statusReason(),
                d.version,
                d.createdAt,
                d.updatedAt);
    }
}
