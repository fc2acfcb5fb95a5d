package kr.go.msit.standards.partnership.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.clients.projects.TechnologyArea;
import kr.go.msit.standards.partnership.need.CooperationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner offer as the API shows it. */
@Schema(name = "PartnerOffer")
public record OfferView(
        UUID id,
        String code,
        @Schema(description = "The partner unit offering") UUID unitId,
        @Schema(description = "The partner-side contact") String contactName,

        @Schema(
                nullable = true,
                description = "The contact's e-mail (personal data: partnership officers and auditors see it); null "
                        + "otherwise or when not given")
        String contactEmail,

        @Schema(description = "Topic in Korean") String topicKo,
        @Schema(description = "Topic in English") String topicEn,
        @Schema(description = "Technology area") TechnologyArea technologyArea,

        @Schema(description = "The kinds of cooperation offered, sorted")
        List<CooperationKind> kinds,

        @Schema(description = "The last day it is open") LocalDate openUntil,
        OfferStatus status,
        @Schema(nullable = true) String statusReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static OfferView of(PartnerOffer o, boolean personal) {
        return new OfferView(
                o.id,
                o.code,
                o.unitId,
                o.contactName,
                personal ? o.contactEmail : null,
                o.topicKo,
                o.topicEn,
                o.technologyArea,
                o.kinds(),
                o.openUntil,
                o.status(),
                o.statusReason(),
                o.version,
                o.createdAt,
                o.updatedAt);
    }
}
