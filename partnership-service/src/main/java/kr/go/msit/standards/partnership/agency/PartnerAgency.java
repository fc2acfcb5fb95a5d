package kr.go.msit.standards.partnership.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A foreign partner agency (NIST; DOE and NSF later), with its sites where researchers are hosted. */
@Entity
@Table(name = "partner_agency")
public class PartnerAgency extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public String nameEn;
    public String nameKo;
    public String country;

    /** The partner-agency with this id, or 404. */
    public static PartnerAgency found(UUID id) {
        return Lookups.found(PartnerAgency.findById(id), "partner-agency", id);
    }

    /** The partner-agency, locked for a change, with this id, or 404. */
    public static PartnerAgency locked(UUID id) {
        return Lookups.locked(PartnerAgency.class, id, "partner-agency");
    }
}
