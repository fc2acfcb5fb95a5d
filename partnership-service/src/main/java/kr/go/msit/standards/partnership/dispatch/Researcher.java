package kr.go.msit.standards.partnership.dispatch;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A researcher of a Korean institution, known by e-mail address (stored in lower case). */
@Entity
@Table(name = "researcher")
public class Researcher extends VersionedEntity {

    @Id
    public UUID id;

    public String name;
    public String email;
    public String position;
    public UUID institutionId;
}
