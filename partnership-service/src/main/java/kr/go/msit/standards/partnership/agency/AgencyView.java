package kr.go.msit.standards.partnership.agency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner agency with its sites. */
@Schema(name = "PartnerAgency")
public record AgencyView(
        UUID id,
        String code,
        String nameEn,
        @Schema(nullable = true) String nameKo,

        @Schema(description = "ISO 3166 alpha-2 code of the agency's country, e.g. US")
        String country,

        @Schema(description = "The agency's sites where researchers are hosted, by code")
        List<SiteView> sites,

        @Schema(description = "The agency's organisational units (NIST's laboratories), by code")
        List<UnitView> units,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    static AgencyView of(PartnerAgency a, List<PartnerSite> sites, List<PartnerUnit> units) {
        return new AgencyView(
                a.id,
                a.code,
                a.nameEn,
                a.nameKo,
                a.country,
                sites.stream().map(SiteView::of).toList(),
                units.stream().map(UnitView::of).toList(),
                a.version,
                a.createdAt,
                a.updatedAt);
    }

    /** A site of the agency. */
    @Schema(name = "PartnerSite")
    public record SiteView(
            UUID id,

            @Schema(description = "The partner agency the site belongs to")
            UUID agencyId,

            String code,

            @Schema(description = "Name of the site, e.g. NIST Boulder laboratories")
            String name,

            @Schema(description = "City of the site, e.g. Boulder")
            String city,

            @Schema(nullable = true, description = "State or region of the site, e.g. CO; null when not given")
            String region) {

        public static SiteView of(PartnerSite s) {
            return new SiteView(s.id, s.agencyId, s.code, s.name, s.city, s.region);
        }
    }

    /** An organisational unit of the agency. */
    @Schema(name = "PartnerUnit")
    public record UnitView(
            UUID id,

            @Schema(description = "The partner agency the unit belongs to")
            UUID agencyId,

            @Schema(description = "The unit's code within its agency, e.g. PML")
            String code,

            String nameEn,

            @Schema(nullable = true, description = "Name in Korean; null when not given")
            String nameKo) {

        public static UnitView of(PartnerUnit u) {
            return new UnitView(u.id, u.agencyId, u.code, u.nameEn, u.nameKo);
        }
    }
}
