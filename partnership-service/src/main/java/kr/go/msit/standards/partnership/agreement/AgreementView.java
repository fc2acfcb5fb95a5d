package kr.go.msit.standards.partnership.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agreement as the API shows it, with whether it is in force today. */
@Schema(name = "Agreement")
public record AgreementView(UUID id, String code, UUID institutionId, UUID agencyId, String agencyCode,
        Instrument instrument, String title, String counterpartLaboratory, String counterpartDivision,
        LocalDate signedOn, LocalDate effectiveFrom, LocalDate expiresOn, String documentReference,
        AgreementStatus status, String statusReason, LocalDate terminatedOn, UUID predecessorId, UUID successorId,
        @Schema(description = "ACTIVE, effective and not past its expiry today") boolean inForce,
        @Schema(description = "Days from today to the expiry date (negative once past); null when open-ended") Long daysToExpiry,
        long version, Instant createdAt, Instant updatedAt) {

    static AgreementView of(Agreement a, String agencyCode, UUID successorId, LocalDate today) {
        return new AgreementView(a.id, a.code, a.institutionId, a.agencyId, agencyCode, a.instrument, a.title,
                a.counterpartLaboratory, a.counterpartDivision, a.signedOn, a.effectiveFrom, a.expiresOn,
                a.documentReference, a.status(), a.statusReason(), a.terminatedOn(), a.predecessorId, successorId,
                a.inForceOn(today), a.expiresOn == null ? null : ChronoUnit.DAYS.between(today, a.expiresOn),
                a.version, a.createdAt, a.updatedAt);
    }
}
