package kr.go.msit.standards.partnership.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** An organisational unit of a partner agency: one of NIST's laboratories (PML, CTL, ...). */
@Entity
@Table(name = "partner_unit")
public class PartnerUnit extends VersionedEntity {

    @Id
    public UUID id;

    public UUID agencyId;
    public String code;
    public String nameEn;
    public String nameKo;
}
