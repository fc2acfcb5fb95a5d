package kr.go.msit.standards.partnership.workshop;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.VersionedEntity;

/** A participant of a workshop, from the Korean or the partner side, with attendance once taken. */
@Entity
@Table(name = "workshop_participant")
public class Participant extends VersionedEntity {

    @Id
    public UUID id;

    public UUID workshopId;
    public String name;
    public String email;
    public String affiliation;
    public UUID institutionId;

    @Enumerated(EnumType.STRING)
    public Side side;

    public Boolean attended;
}
