package kr.go.msit.standards.partnership.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.time.ProgramClock;

/**
 * The days each researcher is taken: a researcher is recorded once (by e-mail, for one institution), and has no two
 * dispatches over one day. Every change of those days runs under the researcher's row lock, in the caller's
 * transaction.
 */
@ApplicationScoped
public class ResearcherCalendar {

    private final EntityManager em;
    private final ProgramClock clock;

    public ResearcherCalendar(EntityManager em, ProgramClock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The days a dispatch takes, in SQL: its generated {@code occupied} range, and for a researcher still on site
     * also every day from the arrival up to {@code today} (the column stops at the planned end: it cannot know today).
     * The two ranges share their first day, so their union is one range. {@code today} is a {@link LocalDate}, never
     * caller input, so it is written as a literal.
     */
    static String taken(LocalDate today) {
        return "(CASE WHEN status = 'ON_SITE' THEN occupied + daterange(actual_start, GREATEST(actual_start, DATE '"
                + today + "'), '[]') ELSE occupied END)";
    }

    /**
     * The researcher with this e-mail address, recorded now if new; one researcher belongs to one institution. Recorded
     * with {@code ON CONFLICT DO NOTHING}, then read: of several first dispatches of one new researcher planned at
     * once, each waits for the one that records it and then finds it, where all but one used to be refused with the
     * unique constraint's 409.
     */
    Researcher recorded(DispatchRequest.ResearcherRequest who) {
        String email = who.email().strip().toLowerCase(Locale.ROOT);
        Researcher researcher = Researcher.find("email", email).firstResult();
        if (researcher == null) {
            em.createNativeQuery("""
                            INSERT INTO researcher (id, name, email, position, institution_id)
                            VALUES (:id, :name, :email, CAST(:position AS varchar), :institution)
                            ON CONFLICT (email) DO NOTHING""")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("name", who.name().strip())
                    .setParameter("email", email)
                    .setParameter("position", who.position())
                    .setParameter("institution", who.homeInstitutionId())
                    .executeUpdate();
            researcher = Researcher.find("email", email).firstResult();
        }
        if (!researcher.institutionId.equals(who.homeInstitutionId())) {
            // refused without saying where the address is recorded: that is another institution's business
            throw ProblemException.businessRule(
                    "researcher-institution-mismatch",
                    "This e-mail address cannot be used for a researcher of this institution");
        }
        return researcher;
    }

    /**
     * Takes the researcher's row lock: every change to the days a researcher is taken (planning, arrival, departure)
     * runs one at a time per researcher. The exclusion constraint guards the planned and actual days, but the days of
     * a stay past its planned end up to today are the service's check only (the generated column cannot know today):
     * an arrival and a plan over those days, at once, had both succeeded.
     */
    static void take(UUID researcherId) {
        Lookups.locked(Researcher.class, researcherId, "researcher");
    }

    /**
     * 409 when the researcher has another (not cancelled) dispatch taking any day of [from, until], counting the days
     * up to today of one still on site after its planned end (see {@link #taken}). Read without
     * flushing first: a flush of the dispatch being moved would meet the exclusion constraint before this check,
     * and answer an anonymous 409 where the rule names the other dispatch (the constraint still guards a race).
     */
    void requireFree(UUID researcherId, UUID except, LocalDate from, LocalDate until) {
        Query query = em.createNativeQuery("""
                SELECT code FROM dispatch
                WHERE researcher_id = :researcher AND status <> 'CANCELLED' AND id <> :except
                  AND %s && daterange(CAST(:from AS date), CAST(:until AS date), '[]')""".formatted(taken(clock.today())))
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("researcher", researcherId)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setParameter("from", from)
                .setParameter("until", until);
        @SuppressWarnings("unchecked")
        List<String> clashes = query.getResultList();
        if (!clashes.isEmpty()) {
            throw ProblemException.conflict("The researcher is already dispatched in that period ("
                            + String.join(", ", clashes) + "); a researcher has no two overlapping dispatches")
                    .with("rule", "dispatch-overlap");
        }
    }
}
