package kr.go.msit.standards.partnership.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.ProblemException;

/** A joint workshop (공동 연찬회) with partner agencies, with its state machine. */
@Entity
@Table(name = "workshop")
public class Workshop extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public String titleKo;
    public String titleEn;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public String place;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workshop_co_host", joinColumns = @JoinColumn(name = "workshop_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> coHosts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workshop_agenda_item", joinColumns = @JoinColumn(name = "workshop_id"))
    @OrderColumn(name = "position")
    public List<AgendaItem> agenda = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private WorkshopStatus status = WorkshopStatus.PLANNED;

    private String statusReason;

    public WorkshopStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    /** Details, agenda and co-hosts change only while the workshop is planned. */
    public void requirePlanned(String action) {
        if (status != WorkshopStatus.PLANNED) {
            throw ProblemException.illegalTransition("workshop", action, status, List.of(WorkshopStatus.PLANNED));
        }
    }

    /** PLANNED → HELD once it has begun. */
    public void hold(LocalDate today) {
        requirePlanned("hold");
        if (today.isBefore(startsOn)) {
            throw ProblemException.businessRule("workshop-not-started", "The workshop starts on " + startsOn);
        }
        status = WorkshopStatus.HELD;
    }

    /** PLANNED → CANCELLED, with a reason. */
    public void cancel(String reason) {
        requirePlanned("cancel");
        if (reason == null || reason.isBlank()) {
            throw ProblemException.businessRule("reason-required", "A workshop is cancelled only with a reason");
        }
        statusReason = reason.strip();
        status = WorkshopStatus.CANCELLED;
    }

    /** The workshop with this id, or 404. */
    public static Workshop found(UUID id) {
        return Lookups.found(Workshop.findById(id), "workshop", id);
    }

    /** The workshop, locked for a change, with this id, or 404. */
    public static Workshop locked(UUID id) {
        return Lookups.locked(Workshop.class, id, "workshop");
    }
}
