package kr.go.msit.standards.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorComesBackAsItWasGivenOutEvenWithColonsInItsKey() {
        Cursor cursor = new Cursor("DSB:KUS-2025-01:00042", 7, 100_000);
        assertEquals(Optional.of(cursor), Cursor.parse(cursor.encode()));
        assertEquals(Optional.empty(), Cursor.parse(null));
        assertEquals(Optional.empty(), Cursor.parse(""));
    }

    @Test
    void anythingElseIsA400() {
        for (String bad : new String[] {"!!", "bm90IGEgY3Vyc29y", encoded("1:0:8:K"), encoded("2:1:8:K"),
                encoded("1:1:-1:K"), encoded("1:1:8:"), encoded("1:x:8:K")}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.parse(bad), bad);
            assertEquals(400, refused.status());
        }
    }

    @Test
    void thereIsANextPageOnlyWhenThisOneIsFullAndRowsRemain() {
        assertEquals(new Cursor("KUS-2025-03", 1, 8), Cursor.parse(Cursor.next(0, 3, 3, 8, "KUS-2025-03")).orElseThrow());
        assertNull(Cursor.next(1, 3, 3, 6, "KUS-2025-06"), "the last full page");
        assertNull(Cursor.next(2, 3, 2, 8, "KUS-2025-08"), "a short page");
        assertNull(Cursor.next(0, 3, 0, 0, null), "no rows");
    }

    private static String encoded(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
