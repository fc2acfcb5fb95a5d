package kr.go.msit.standards.partnership.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispatch as the API shows it. */
@Schema(name = "Dispatch")
public record DispatchView(UUID id, String code, ResearcherView researcher, UUID institutionId, UUID projectId,
        String projectCode, UUID siteId, String siteCode, String hostLaboratory, String hostContactName,
        String hostContactEmail, String purpose, VisaCategory visaCategory, LocalDate plannedStart,
        LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, DispatchStatus status, String statusReason,
        long version, Instant createdAt, Instant updatedAt) {

    /** The dispatched researcher. */
    @Schema(name = "Researcher")
    public record ResearcherView(UUID id, String name, String email, String position, UUID institutionId) {

        static ResearcherView of(Researcher r) {
            return new ResearcherView(r.id, r.name, r.email, r.position, r.institutionId);
        }
    }

    static DispatchView of(Dispatch d, Researcher r, String siteCode) {
        return new DispatchView(d.id, d.code, ResearcherView.of(r), d.institutionId, d.projectId, d.projectCode,
                d.siteId, siteCode, d.hostLaboratory, d.hostContactName, d.hostContactEmail, d.purpose,
                d.visaCategory, d.plannedStart, d.plannedEnd, d.actualStart(), d.actualEnd(), d.status(),
                d.statusReason(), d.version, d.createdAt, d.updatedAt);
    }
}
