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

    private static final String KEY = "a-test-key-of-at-least-thirty-two-characters";
    private static final CursorSeal PROJECTS = new CursorSeal(KEY, "/api/v1/projects\nstatus=ACTIVE\ncaller=alice");

    @Test
    void aCursorComesBackAsItWasGivenOutEvenWithColonsInItsKey() {
        Cursor cursor = new Cursor("DSB:KUS-2025-01:00042", 7, 100_000);
        assertEquals(Optional.of(cursor), Cursor.parse(cursor.encode(PROJECTS), PROJECTS));
        assertEquals(Optional.empty(), Cursor.parse(null, PROJECTS));
        assertEquals(Optional.empty(), Cursor.parse("", PROJECTS));
    }

    @Test
    void anythingElseIsA400() {
        for (String bad : new String[] {
            "!!",
            "bm90IGEgY3Vyc29y",
            sealed("2:0:8:K"),
            sealed("1:1:8:K"),
            sealed("2:1:-1:K"),
            sealed("2:1:8:"),
            sealed("2:x:8:K"),
            encoded("2:1:8:K"),
            encoded("2:1:8:K") + ".",
            encoded("2:1:8:K") + ".!!",
            "." + sealed("2:1:8:K")
        }) {
            assertRefused(bad, PROJECTS);
        }
    }

    @Test
    void anEditedCursorOrOneOfAnotherListFilterKeyOrCallerIsA400() {
        String given = new Cursor("KUS-2025-03", 1, 8).encode(PROJECTS);
        // edited: the total (or the key, or the page) changed and the tag kept
        String content = given.substring(0, given.indexOf('.'));
        String plain = new String(Base64.getUrlDecoder().decode(content), StandardCharsets.UTF_8);
        assertRefused(encoded(plain.replace(":8:", ":9:")) + given.substring(given.indexOf('.')), PROJECTS);
        assertRefused(
                encoded(plain.replace("KUS-2025-03", "KUS-2025-01")) + given.substring(given.indexOf('.')), PROJECTS);
        // another list, another filter, another caller, another key
        assertRefused(given, new CursorSeal(KEY, "/api/v1/disbursements\nstatus=ACTIVE\ncaller=alice"));
        assertRefused(given, new CursorSeal(KEY, "/api/v1/projects\nstatus=SUSPENDED\ncaller=alice"));
        assertRefused(given, new CursorSeal(KEY, "/api/v1/projects\nstatus=ACTIVE\ncaller=mallory"));
        assertRefused(
                given,
                new CursorSeal(
                        "another-key-of-at-least-thirty-two-chars", "/api/v1/projects\nstatus=ACTIVE\ncaller=alice"));
        // the same list, filter, caller and key: it opens
        assertEquals(
                new Cursor("KUS-2025-03", 1, 8),
                Cursor.parse(given, new CursorSeal(KEY, "/api/v1/projects\nstatus=ACTIVE\ncaller=alice"))
                        .orElseThrow());
    }

    @Test
    void whileTheKeyIsRotatedACursorGivenOutUnderTheOldKeyStillOpensAndNewOnesAreSealedUnderTheNew() {
        String scope = "/api/v1/projects\nstatus=ACTIVE\ncaller=alice";
        String newKey = "the-next-key-of-at-least-thirty-two-characters";
        CursorSeal rotating = new CursorSeal(newKey, java.util.List.of(KEY), scope);
        Cursor cursor = new Cursor("KUS-2025-03", 1, 8);
        assertEquals(Optional.of(cursor), Cursor.parse(cursor.encode(PROJECTS), rotating));
        // sealed under the new key: it opens once the old key is gone, and not under the old key alone
        String sealedNow = cursor.encode(rotating);
        assertEquals(Optional.of(cursor), Cursor.parse(sealedNow, new CursorSeal(newKey, scope)));
        assertRefused(sealedNow, PROJECTS);
        // a previous key opens only its own list, filter and caller, as the key does
        assertRefused(
                cursor.encode(PROJECTS),
                new CursorSeal(newKey, java.util.List.of(KEY), "/api/v1/projects\nstatus=ACTIVE\ncaller=mallory"));
    }

    @Test
    void noKeyNoCursors() {
        assertThrows(IllegalStateException.class, () -> new CursorSeal(null, "/api/v1/projects"));
        assertThrows(IllegalStateException.class, () -> new CursorSeal(" ", "/api/v1/projects"));
    }

    @Test
    void thereIsANextPageOnlyWhenThisOneIsFullAndRowsRemain() {
        assertEquals(
                new Cursor("KUS-2025-03", 1, 8),
                Cursor.parse(Cursor.next(0, 3, 3, 8, "KUS-2025-03", PROJECTS), PROJECTS)
                        .orElseThrow());
        assertNull(Cursor.next(1, 3, 3, 6, "KUS-2025-06", PROJECTS), "the last full page");
        assertNull(Cursor.next(2, 3, 2, 8, "KUS-2025-08", PROJECTS), "a short page");
        assertNull(Cursor.next(0, 3, 0, 0, null, PROJECTS), "no rows");
    }

    private static void assertRefused(String after, CursorSeal seal) {
        ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.parse(after, seal), after);
        assertEquals(400, refused.status());
    }

    private static String sealed(String plain) {
        return PROJECTS.seal(encoded(plain));
    }

    private static String encoded(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
