package kr.go.msit.standards.partnership.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A site of a partner agency (NIST Gaithersburg, MD; NIST Boulder, CO). */
@Entity
@Table(name = "partner_site")
public class PartnerSite extends VersionedEntity {

    @Id
    public UUID id;

    public UUID agencyId;
    public String code;
    public String name;
    public String city;
    public String region;

    /** The site a request refers to, or 422 {@code unknown-site}. */
    public static PartnerSite referenced(UUID id) {
        return Lookups.referenced(
                id == null ? null : PartnerSite.findById(id), "unknown-site", "Partner site " + id + " does not exist");
    }
}
