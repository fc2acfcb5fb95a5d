package kr.go.msit.standards.partnership.institution;

import kr.go.msit.standards.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A Korean research institution. */
@Entity
@Table(name = "institution")
public class Institution extends VersionedEntity {

    @Id
    public UUID id;
    public String code;
    @Column(name = "name_ko")
    public String nameKo;
    @Column(name = "name_en")
    public String nameEn;
}
