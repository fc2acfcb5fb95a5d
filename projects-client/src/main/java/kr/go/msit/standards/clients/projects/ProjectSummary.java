package kr.go.msit.standards.clients.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the calling services need of a project from projects-service, in one call: its state (and since when), its
 * period of performance, its award and who performs it (a tolerant reader: other fields are ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectSummary(
        UUID id,
        String code,
        UUID programId,
        String status,
        String technologyArea,
        UUID leadInstitutionId,
        LocalDate periodStart,
        LocalDate periodEnd,
        Long awardedTotalKrw,
        Instant statusChangedAt,
        List<StatusChange> statusHistory,
        List<UUID> jointInstitutionIds) {

    /** A state the project entered, and when. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StatusChange(String status, Instant since) {}

    /**
     * The state the project was in at {@code instant}, from its history (a change at the same instant counts as
     * before it); null when the history does not reach back that far. Without a history (a projects-service that does
     * not send one yet), what the current state tells: its state after it entered it, nothing before.
     */
    public String statusAt(Instant instant) {
        if (statusHistory == null || statusHistory.isEmpty()) {
            return statusChangedAt != null && !instant.isBefore(statusChangedAt) ? status : null;
        }
        String state = null;
        Instant latest = null;
        for (StatusChange change : statusHistory) {
            if (change.since() != null
                    && !change.since().isAfter(instant)
                    && (latest == null || !change.since().isBefore(latest))) {
                state = change.status();
                latest = change.since();
            }
        }
        return state;
    }

    /** The state in which a project receives money. */
    public static final String ACTIVE = "ACTIVE";

    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** The states after which a project does not perform again: completed, closed or terminated. */
    public static final Set<String> ENDED = Set.of("COMPLETED", "CLOSED", "TERMINATED");

    public boolean ended() {
        return ENDED.contains(status);
    }

    /**
     * True when the institution performs the project: its lead, or one of its joint institutions (공동연구기관). A
     * projects-service that does not send joint institutions yet leaves the lead only.
     */
    public boolean performedBy(UUID institutionId) {
        return institutionId != null
                && (institutionId.equals(leadInstitutionId)
                        || (jointInstitutionIds != null && jointInstitutionIds.contains(institutionId)));
    }

    /** True when {@code fiscalYear} overlaps the period of performance (both ends known). */
    public boolean coversYear(int fiscalYear) {
        return periodStart != null
                && periodEnd != null
                && periodStart.getYear() <= fiscalYear
                && fiscalYear <= periodEnd.getYear();
    }
}
