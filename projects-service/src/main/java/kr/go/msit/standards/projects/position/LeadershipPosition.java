package kr.go.msit.standards.projects.position;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import org.hibernate.jpa.HibernateHints;

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

    /**
     * Another record of the project's same seat (holder, role, body and group, names in any case) whose days meet
     * this one's, if any: a position is recorded once, and recorded twice it counted twice in the indicators.
     */
    public Optional<LeadershipPosition> sameSeatRecorded() {
        LocalDate open = LocalDate.of(9999, 12, 31);
        return LeadershipPosition.<LeadershipPosition>find(
                        "projectId = :project and bodyId = :body and lower(groupName) = lower(:group) and role = :role"
                                + " and lower(holderName) = lower(:holder) and id <> :id and startDate <= :end"
                                + " and coalesce(endDate, :open) >= :start",
                        Parameters.with("project", projectId)
                                .and("body", bodyId)
                                .and("group", groupName)
                                .and("role", role)
                                .and("holder", holderName)
                                .and("id", id)
                                .and("end", endDate == null ? open : endDate)
                                .and("open", open)
                                .and("start", startDate))
                // asked before this record's own change is flushed, so that the check, not the constraint, answers
                .withHint(HibernateHints.HINT_FLUSH_MODE, "COMMIT")
                .firstResultOptional();
    }

    /** The leadership-position with this id, or 404. */
    public static LeadershipPosition found(UUID id) {
        return Lookups.found(LeadershipPosition.findById(id), "leadership-position", id);
    }

    /** The leadership-position, locked for a change, with this id, or 404. */
    public static LeadershipPosition locked(UUID id) {
        return Lookups.locked(LeadershipPosition.class, id, "leadership-position");
    }
}
