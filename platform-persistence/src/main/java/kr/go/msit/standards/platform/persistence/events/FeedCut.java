package kr.go.msit.standards.platform.persistence.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Where {@link EventRetention} has cut the feed (the row it keeps in {@code change_event_pruned}), as readers of the
 * feed see it: a cursor before the cut is answered 410, never read on from as if nothing were missing.
 */
@ApplicationScoped
public class FeedCut {

    private final EntityManager em;

    public FeedCut(EntityManager em) {
        this.em = em;
    }

    /** 410 {@code cursor-expired} for a position whose following events retention has already removed. */
    void requireKept(FeedPosition after) {
        if (after.equals(FeedPosition.START)) {
            return;
        }
        if (after.compareTo(cut()) < 0) {
            throw new ProblemException(
                    410,
                    "cursor-expired",
                    "Cursor expired",
                    "Events after this cursor are older than the feed keeps and were removed; read again without "
                            + "after= (from the oldest event kept)");
        }
    }

    /** Whether {@code problem} is the one {@link EventFeed#read} answers for a cursor retention has passed. */
    public static boolean expired(ProblemException problem) {
        return problem.status() == 410;
    }

    /**
     * Where retention has cut the feed: every event up to here is removed, and reading on from here misses nothing
     * still kept ({@link FeedPosition#START} before the first cut).
     */
    @Transactional
    public FeedPosition cut() {
        List<?> pruned = em.createNativeQuery("SELECT CAST(xid AS text) AS xid_text, seq FROM change_event_pruned")
                .getResultList();
        if (pruned.isEmpty()) {
            return FeedPosition.START;
        }
        Object[] row = (Object[]) pruned.get(0);
        return new FeedPosition(Long.parseLong((String) row[0]), ((Number) row[1]).longValue());
    }
}
