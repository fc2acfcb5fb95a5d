package kr.go.msit.standards.partnership.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workshop with its agenda, participants and attendance counts. */
@Schema(name = "Workshop")
public record WorkshopView(UUID id, String code, String titleKo, String titleEn, LocalDate startsOn, LocalDate endsOn,
        String place, List<String> coHosts, List<AgendaItemView> agenda, List<ParticipantView> participants,
        Counts counts, WorkshopStatus status, String statusReason, long version, Instant createdAt, Instant updatedAt) {

    @Schema(name = "WorkshopAgendaItemView")
    public record AgendaItemView(LocalDate day, @Schema(type = SchemaType.STRING, example = "09:30") LocalTime startsAt,
            String title, String speaker) {
    }

    @Schema(name = "WorkshopParticipant")
    public record ParticipantView(UUID id, String name, String email, String affiliation, Side side, Boolean attended) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.id, p.name, p.email, p.affiliation, p.side, p.attended);
        }
    }

    /** Registered and attended participants per side. */
    @Schema(name = "WorkshopCounts")
    public record Counts(int koreaRegistered, int partnerRegistered, int koreaAttended, int partnerAttended) {
    }

    static WorkshopView of(Workshop w, List<Participant> participants) {
        int[] counts = new int[4];
        for (Participant p : participants) {
            int side = p.side == Side.KOREA ? 0 : 1;
            counts[side]++;
            if (Boolean.TRUE.equals(p.attended)) {
                counts[side + 2]++;
            }
        }
        return new WorkshopView(w.id, w.code, w.titleKo, w.titleEn, w.startsOn, w.endsOn, w.place, List.copyOf(w.coHosts),
                w.agenda.stream().map(a -> new AgendaItemView(a.day, a.startsAt, a.title, a.speaker)).toList(),
                participants.stream().map(ParticipantView::of).toList(),
                new Counts(counts[0], counts[1], counts[2], counts[3]), w.status(), w.statusReason(), w.version,
                w.createdAt, w.updatedAt);
    }
}
