package kr.go.msit.standards.partnership.workshop;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.go.msit.standards.partnership.institution.Institution;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Pages;
import kr.go.msit.standards.platform.persistence.audit.AuditEventView;
import kr.go.msit.standards.platform.persistence.audit.AuditTrail;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.security.Caller;
import kr.go.msit.standards.platform.security.Roles;
import kr.go.msit.standards.platform.time.ProgramClock;
import kr.go.msit.standards.platform.web.ETags;

/** Joint workshops: planning, agenda, participants and attendance. */
@ApplicationScoped
public class WorkshopService {

    static final String RESOURCE = "workshop";

    private final EntityManager em;
    private final AuditTrail audit;
    private final Caller caller;
    private final ProgramClock clock;

    public WorkshopService(EntityManager em, AuditTrail audit, Caller caller, ProgramClock clock) {
        this.em = em;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public PageView<WorkshopView> list(WorkshopStatus status, PageRequest page) {
        return Pages.of(
                status == null
                        ? Workshop.<Workshop>findAll(Sort.by("startsOn").and("code"))
                        : Workshop.<Workshop>find("status", Sort.by("startsOn").and("code"), status),
                page,
                this::view);
    }

    @Transactional
    public WorkshopView get(UUID id) {
        return view(Workshop.found(id));
    }

    @Transactional
    public PageView<AuditEventView> history(UUID id, PageRequest page) {
        Workshop.found(id);
        return audit.history(id, page);
    }

    @Transactional
    public WorkshopView create(WorkshopRequest request) {
        Workshop workshop = new Workshop();
        workshop.id = UUID.randomUUID();
        long number = ((Number) em.createNativeQuery("SELECT nextval('workshop_number_seq')")
                        .getSingleResult())
                .longValue();
        workshop.code = "WS-" + request.startsOn().getYear() + "-" + String.format("%03d", number);
        apply(workshop, request);
        workshop.persistAndFlush();
        WorkshopView view = view(workshop);
        audit.created(RESOURCE, workshop.id, null, view);
        return view;
    }

    @Transactional
    public WorkshopView update(UUID id, String ifMatch, WorkshopRequest request) {
        Workshop workshop = Workshop.locked(id);
        ETags.requireMatch(ifMatch, workshop.version);
        workshop.requirePlanned("edit");
        // attendance is taken from the first day: once taken, the days it was taken on stay the workshop's
        boolean moved = !workshop.startsOn.equals(request.startsOn()) || !workshop.endsOn.equals(request.endsOn());
        if (moved) {
            requireNoAttendance(workshop, "its dates stay");
        }
        return audit.change(
                RESOURCE, workshop.id, null, "update", () -> view(workshop), () -> apply(workshop, request));
    }

    @Transactional
    public WorkshopView hold(UUID id, String ifMatch) {
        Workshop workshop = Workshop.locked(id);
        ETags.requireMatch(ifMatch, workshop.version);
        return audit.change(
                RESOURCE, workshop.id, null, "hold", () -> view(workshop), () -> workshop.hold(clock.today()));
    }

    @Transactional
    public WorkshopView cancel(UUID id, String ifMatch, String reason) {
        Workshop workshop = Workshop.locked(id);
        ETags.requireMatch(ifMatch, workshop.version);
        return audit.change(RESOURCE, workshop.id, null, "cancel", () -> view(workshop), () -> {
            workshop.cancel(reason);
            requireNoAttendance(workshop, "people attended it, so it is held, not cancelled");
        });
    }

    /** 422 {@code attendance-taken} once anyone's attendance (present or absent) was recorded for the workshop. */
    private static void requireNoAttendance(Workshop workshop, String consequence) {
        if (Participant.count("workshopId = ?1 and attended is not null", workshop.id) > 0) {
            throw ProblemException.businessRule(
                    "attendance-taken",
                    "Attendance was taken for the workshop of " + workshop.startsOn + " – " + workshop.endsOn + ": "
                            + consequence);
        }
    }

    @Transactional
    public WorkshopView addParticipant(UUID id, String ifMatch, ParticipantRequest request) {
        Workshop workshop = lockForChange(id, ifMatch);
        if (workshop.status() == WorkshopStatus.CANCELLED) {
            throw ProblemException.illegalTransition(
                    "workshop",
                    "register a participant for",
                    workshop.status(),
                    List.of(WorkshopStatus.PLANNED, WorkshopStatus.HELD));
        }
        // an institution of this system is a Korean one: on the partner side it would show the participant's e-mail
        // to that institution, which sees its own participants' only
        if (request.side() == Side.PARTNER && request.institutionId() != null) {
            throw ProblemException.businessRule(
                    "partner-with-institution", "A partner-side participant is of no Korean institution");
        }
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        if (Participant.count("workshopId = ?1 and email = ?2", id, email) > 0) {
            throw ProblemException.conflict(email + " is already registered for this workshop");
        }
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        participant.workshopId = id;
        participant.name = request.name().strip();
        participant.email = email;
        participant.affiliation = request.affiliation().strip();
        participant.side = request.side();
        if (request.institutionId() != null) {
            Institution.referenced(request.institutionId());
            participant.institutionId = request.institutionId();
        }
        participant.persistAndFlush();
        WorkshopView after = view(workshop);
        audit.record(
                "workshop-participant",
                participant.id,
                id,
                "register",
                null,
                WorkshopView.ParticipantView.of(participant));
        return after;
    }

    @Transactional
    public WorkshopView attendance(UUID id, UUID participantId, String ifMatch, boolean attended) {
        Workshop workshop = lockForChange(id, ifMatch);
        Participant participant = Participant.findById(participantId);
        if (participant == null || !participant.workshopId.equals(id)) {
            throw ProblemException.notFound("participant", participantId);
        }
        if (workshop.status() == WorkshopStatus.CANCELLED || clock.today().isBefore(workshop.startsOn)) {
            throw ProblemException.businessRule(
                    "attendance-not-open",
                    "Attendance is taken from the first day of a workshop that is not cancelled");
        }
        WorkshopView.ParticipantView before = WorkshopView.ParticipantView.of(participant);
        participant.attended = attended;
        participant.persistAndFlush();
        audit.record(
                "workshop-participant",
                participant.id,
                id,
                "attendance",
                before,
                WorkshopView.ParticipantView.of(participant));
        return view(workshop);
    }

    private WorkshopView view(Workshop workshop) {
        // participants' e-mail addresses are personal data: partnership officers and auditors see every address, an
        // institution its own Korean-side people's (a partner-side row recorded with an institution before that was
        // refused shows no one)
        boolean everyEmail = caller.has(Roles.PARTNERSHIP_OFFICER) || caller.has(Roles.AUDITOR);
        java.util.Optional<UUID> own =
                caller.has(Roles.INSTITUTION) ? caller.institutionId() : java.util.Optional.empty();
        return WorkshopView.of(
                workshop,
                Participant.list("workshopId = ?1 order by side, name", workshop.id),
                participant -> everyEmail
                        || (participant.side == Side.KOREA
                                && participant.institutionId != null
                                && own.isPresent()
                                && own.get().equals(participant.institutionId)));
    }

    private static void apply(Workshop workshop, WorkshopRequest request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.businessRule("workshop-dates", "endsOn must not be before startsOn");
        }
        List<WorkshopRequest.AgendaItemRequest> agenda = request.agenda() == null ? List.of() : request.agenda();
        for (WorkshopRequest.AgendaItemRequest item : agenda) {
            if (item.day().isBefore(request.startsOn()) || item.day().isAfter(request.endsOn())) {
                throw ProblemException.businessRule(
                        "agenda-outside-workshop",
                        "Agenda item \"" + item.title() + "\" is on " + item.day() + ", outside the workshop's days");
            }
        }
        workshop.titleKo = request.titleKo().strip();
        workshop.titleEn = request.titleEn().strip();
        workshop.startsOn = request.startsOn();
        workshop.endsOn = request.endsOn();
        workshop.place = request.place().strip();
        workshop.coHosts.clear();
        request.coHosts().forEach(host -> workshop.coHosts.add(host.strip()));
        workshop.agenda.clear();
        agenda.forEach(item -> workshop.agenda.add(
                new AgendaItem(item.day(), item.startsAt(), item.title().strip(), item.speaker())));
    }

    /**
     * The workshop under its row lock, 412 when {@code ifMatch} names another version; then its version moves at once,
     * since a change of its participants changes its representation (ETag).
     */
    private Workshop lockForChange(UUID id, String ifMatch) {
        Workshop workshop = Workshop.locked(id);
        ETags.requireMatch(ifMatch, workshop.version);
        workshop.newVersion();
        return workshop;
    }
}
