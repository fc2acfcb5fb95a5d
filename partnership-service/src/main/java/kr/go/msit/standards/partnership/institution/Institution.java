package kr.go.msit.standards.partnership.institution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A Korean research institution. */
@Entity
@Table(name = "institution")
public class Institution extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public String nameKo;
    public String nameEn;
}
