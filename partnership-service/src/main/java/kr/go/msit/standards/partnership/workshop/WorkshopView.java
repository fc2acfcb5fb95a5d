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
public record WorkshopView(
        UUID id,
        String code,
        String titleKo,
        String titleEn,

        @Schema(description = "First day (YYYY-MM-DD) of the joint workshop (공동 연찬회)")
        LocalDate startsOn,

        @Schema(description = "Last day of the workshop (YYYY-MM-DD)")
        LocalDate endsOn,

        @Schema(description = "Where the workshop is held, e.g. NIST Gaithersburg, MD")
        String place,

        @Schema(description = "Names of the co-hosting organisations, in the order given, e.g. MSIT, NIST")
        List<String> coHosts,

        @Schema(description = "Agenda items, in the order given")
        List<AgendaItemView> agenda,

        @Schema(description = "Registered participants, the Korean side first, then by name")
        List<ParticipantView> participants,

        @Schema(description = "Registered and attended participants per side")
        Counts counts,

        WorkshopStatus status,
        @Schema(nullable = true) String statusReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "WorkshopAgendaItemView")
    public record AgendaItemView(
            @Schema(description = "Day of the item (YYYY-MM-DD), one of the workshop's days")
            LocalDate day,

            @Schema(
                    nullable = true,
                    type = SchemaType.STRING,
                    example = "09:30",
                    description = "Time the item starts, without a time zone; null when not set")
            LocalTime startsAt,

            @Schema(description = "Title of the item") String title,

            @Schema(nullable = true, description = "Speaker of the item; null when not given")
            String speaker) {}

    @Schema(name = "WorkshopParticipant")
    public record ParticipantView(
            UUID id,

            @Schema(description = "Full name of the participant")
            String name,

            @Schema(
                    nullable = true,
                    description = "E-mail address, in lower case; one registration per address and "
                            + "workshop. Personal data: shown to partnership officers, auditors and users of the participant's "
                            + "own institution; null for every other caller")
            String email,

            @Schema(description = "The participant's organisation, e.g. KRISS")
            String affiliation,

            @Schema(
                    nullable = true,
                    description = "The participant's institution in this system; null when none was "
                            + "given (the partner side)")
            UUID institutionId,

            @Schema(description = "KOREA for the Korean side, PARTNER for the partner agency's side (e.g. NIST)")
            Side side,

            @Schema(nullable = true, description = "Whether the participant attended; null until attendance is taken")
            Boolean attended) {

        /** The whole record (for the audit trail, which only auditors read). */
        static ParticipantView of(Participant p) {
            return of(p, true);
        }

        static ParticipantView of(Participant p, boolean withEmail) {
            return new ParticipantView(
                    p.id, p.name, withEmail ? p.email : null, p.affiliation, p.institutionId, p.side, p.attended);
        }
    }

    /** Registered and attended participants per side. */
    @Schema(name = "WorkshopCounts")
    public record Counts(
            @Schema(description = "Participants registered from the Korean side")
            int koreaRegistered,

            @Schema(description = "Participants registered from the partner agency's side")
            int partnerRegistered,

            @Schema(description = "Korean-side participants marked as attended")
            int koreaAttended,

            @Schema(description = "Partner-side participants marked as attended")
            int partnerAttended) {}

    static WorkshopView of(
            Workshop w, List<Participant> participants, java.util.function.Predicate<Participant> withEmail) {
        int[] counts = new int[4];
        for (Participant p : participants) {
            int side = p.side == Side.KOREA ? 0 : 1;
            counts[side]++;
            if (Boolean.TRUE.equals(p.attended)) {
                counts[side + 2]++;
            }
        }
        return new WorkshopView(
                w.id,
                w.code,
                w.titleKo,
                w.titleEn,
                w.startsOn,
                w.endsOn,
                w.place,
                List.copyOf(w.coHosts),
                w.agenda.stream()
                        .map(a -> new AgendaItemView(a.day, a.startsAt, a.title, a.speaker))
                        .toList(),
                participants.stream()
                        .map(p -> ParticipantView.of(p, withEmail.test(p)))
                        .toList(),
                new Counts(counts[0], counts[1], counts[2], counts[3]),
                w.status(),
                w.statusReason(),
                w.version,
                w.createdAt,
                w.updatedAt);
    }
}
