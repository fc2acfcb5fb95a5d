package kr.go.msit.standards.partnership.agency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner agency with its sites. */
@Schema(name = "PartnerAgency")
public record AgencyView(UUID id, String code, String nameEn, String nameKo, String country, List<SiteView> sites,
        long version, Instant createdAt, Instant updatedAt) {

    static AgencyView of(PartnerAgency a, List<PartnerSite> sites) {
        return new AgencyView(a.id, a.code, a.nameEn, a.nameKo, a.country, sites.stream().map(SiteView::of).toList(),
                a.version, a.createdAt, a.updatedAt);
    }

    /** A site of the agency. */
    @Schema(name = "PartnerSite")
    public record SiteView(UUID id, UUID agencyId, String code, String name, String city, String region) {

        public static SiteView of(PartnerSite s) {
            return new SiteView(s.id, s.agencyId, s.code, s.name, s.city, s.region);
        }
    }
}
