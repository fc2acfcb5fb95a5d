package kr.go.msit.standards.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import kr.go.msit.standards.platform.problem.ProblemException;

/**
 * Where the next page of a list starts: after the row whose sort key is {@code key}. Opaque to clients (base64url,
 * sealed by {@link CursorSeal} to its list, filter and caller: an edited or borrowed cursor is a 400); it also carries the next page's number and the total counted for the first page, so that a page reached by cursor
 * needs neither OFFSET (which reads and discards every earlier row) nor a new count. The total is therefore the
 * count when the walk began.
 */
public record Cursor(String key, int page, long total) {

    private static final String VERSION = "2";
    private static final String NOT_OURS = "after is not a cursor this list gave out for this filter; use the next "
            + "value of a page of the same list";

    public String encode(CursorSeal seal) {
        String plain = VERSION + ":" + page + ":" + total + ":" + key;
        return seal.seal(
                Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** The cursor of {@code after}, empty when absent; a malformed, edited or borrowed one is a 400 problem. */
    public static Optional<Cursor> parse(String after, CursorSeal seal) {
        if (after == null || after.isEmpty()) {
            return Optional.empty();
        }
        try {
            String content = seal.open(after).orElseThrow(() -> ProblemException.badRequest(NOT_OURS));
            String[] parts = new String(Base64.getUrlDecoder().decode(content), StandardCharsets.UTF_8).split(":", 4);
            if (parts.length == 4 && parts[0].equals(VERSION) && !parts[3].isEmpty()) {
                int page = Integer.parseInt(parts[1]);
                long total = Long.parseLong(parts[2]);
                if (page > 0 && total >= 0) {
                    return Optional.of(new Cursor(parts[3], page, total));
                }
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the problem below (NumberFormatException is an IllegalArgumentException too)
        }
        throw ProblemException.badRequest(NOT_OURS);
    }

    /** The key of a list ordered by a number (the order rows were written in); any other key is a 400 problem. */
    public long numericKey() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException notANumber) {
            throw ProblemException.badRequest(NOT_OURS);
        }
    }

    /**
     * The {@code next} of a page that holds {@code items} rows of at most {@code size}, numbered {@code page}, whose
     * last row has the sort key {@code lastKey}: null when no row follows.
     */
    public static String next(int page, int size, int items, long total, String lastKey, CursorSeal seal) {
        if (items < size || lastKey == null || (long) (page + 1) * size >= total) {
            return null;
        }
        return new Cursor(lastKey, page + 1, total).encode(seal);
    }
}
