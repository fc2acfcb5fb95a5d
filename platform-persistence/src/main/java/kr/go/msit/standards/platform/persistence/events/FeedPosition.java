package kr.go.msit.standards.platform.persistence.events;

import java.util.regex.Pattern;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * A position in the change feed: after the event of transaction {@code xid} with sequence {@code seq}. Written as
 * {@code <xid>.<seq>} (opaque to readers); {@code seq} 0 stands for "before every event of that transaction".
 */
public record FeedPosition(long xid, long seq) implements Comparable<FeedPosition> {

    /** Before every event. */
    public static final FeedPosition START = new FeedPosition(0, 0);

    private static final Pattern FORM = Pattern.compile("\\d{1,19}\\.\\d{1,19}");

    /** The position a reader passed as {@code after}: 400 {@code invalid-cursor} when it is not one of ours. */
    public static FeedPosition parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        if (!FORM.matcher(text).matches()) {
            throw invalid();
        }
        String[] parts = text.split("\\.");
        try {
            return new FeedPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (NumberFormatException tooLarge) {
            throw invalid();
        }
    }

    static ProblemException invalid() {
        return new ProblemException(
                400,
                "invalid-cursor",
                "Invalid cursor",
                "after must be a cursor this feed gave (next of an earlier page), or absent to start from the oldest "
                        + "event kept");
    }

    @Override
    public int compareTo(FeedPosition other) {
        int byXid = Long.compare(xid, other.xid);
        return byXid != 0 ? byXid : Long.compare(seq, other.seq);
    }

    public FeedPosition max(FeedPosition other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public String toString() {
        return xid + "." + seq;
    }
}
