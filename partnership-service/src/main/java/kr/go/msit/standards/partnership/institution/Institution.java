package kr.go.msit.standards.partnership.institution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A Korean research institution. */
@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    @Column(name = "name_ko")
    public String nameKo;
    @Column(name = "name_en")
    public String nameEn;
    @Version
    public long version;
}
