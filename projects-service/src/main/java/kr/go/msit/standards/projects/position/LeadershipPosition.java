package kr.go.msit.standards.projects.position;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A role a project's researcher holds in a standards body's group, for a period (open while it lasts). */
@Entity
@Table(name = "leadership_position")
public class LeadershipPosition extends VersionedEntity {

    @Id
    public UUID id;

    public UUID projectId;
    public UUID bodyId;
    public String groupName;

    @Enumerated(EnumType.STRING)
    public PositionRole role;

    public String holderName;
    public LocalDate startDate;
    public LocalDate endDate;

    /** The leadership-position with this id, or 404. */
    public static LeadershipPosition found(UUID id) {
        return Lookups.found(LeadershipPosition.findById(id), "leadership-position", id);
    }
}
