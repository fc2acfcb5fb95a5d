package kr.go.msit.standards.partnership.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agreement as the API shows it, with whether it is in force today. */
@Schema(name = "Agreement")
public record AgreementView(
        UUID id,
        String code,

        @Schema(description = "The Korean institution that holds the agreement")
        UUID institutionId,

        @Schema(description = "The partner agency the agreement is with, e.g. NIST")
        UUID agencyId,

        @Schema(description = "Code of the partner agency, e.g. NIST")
        String agencyCode,

        @Schema(
                description =
                        "Kind of agreement: MOU, LOI or CONFIRMATION_LETTER (a letter from the agency confirming cooperation)")
        Instrument instrument,

        @Schema(description = "Title of the agreement") String title,

        @Schema(
                nullable = true,
                description =
                        "The partner agency's counterpart laboratory, e.g. Physical Measurement Laboratory; null when not recorded")
        String counterpartLaboratory,

        @Schema(
                nullable = true,
                description = "The counterpart division within that laboratory; null when not recorded")
        String counterpartDivision,

        @Schema(description = "Day the agreement was signed (YYYY-MM-DD)")
        LocalDate signedOn,

        @Schema(description = "First day the agreement is in force (YYYY-MM-DD)")
        LocalDate effectiveFrom,

        @Schema(
                nullable = true,
                description = "Last day the agreement is in force, inclusive (YYYY-MM-DD); null when open-ended")
        LocalDate expiresOn,

        @Schema(
                nullable = true,
                description = "Reference of the signed document, e.g. KRISS-NIST-2024-MOU-03; null when not recorded")
        String documentReference,

        AgreementStatus status,
        @Schema(nullable = true) String statusReason,

        @Schema(nullable = true, description = "Day the agreement was terminated (YYYY-MM-DD); null unless TERMINATED")
        LocalDate terminatedOn,

        @Schema(nullable = true, description = "The agreement this one renews; null unless it was created by a renewal")
        UUID predecessorId,

        @Schema(nullable = true, description = "The agreement that renews this one; null until it is renewed")
        UUID successorId,

        @Schema(description = "ACTIVE, effective and not past its expiry today")
        boolean inForce,

        @Schema(
                nullable = true,
                description = "Days from today to the expiry date (negative once past); null when open-ended")
        Long daysToExpiry,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    static AgreementView of(Agreement a, String agencyCode, UUID successorId, LocalDate today) {
        return new AgreementView(
                a.id,
                a.code,
                a.institutionId,
                a.agencyId,
                agencyCode,
                a.instrument,
                a.title,
                a.counterpartLaboratory,
                a.counterpartDivision,
                a.signedOn,
                a.effectiveFrom,
                a.expiresOn,
                a.documentReference,
                a.status(),
                a.statusReason(),
                a.terminatedOn(),
                a.predecessorId,
                successorId,
                a.inForceOn(today),
                a.expiresOn == null ? null : ChronoUnit.DAYS.between(today, a.expiresOn),
                a.version,
                a.createdAt,
                a.updatedAt);
    }
}
