package kr.go.msit.standards.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void matchingTagsPass() {
        assertDoesNotThrow(() -> ETags.requireMatch(null, 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }

    @Test
    void staleOrGarbledTagsAre412() {
        assertEquals(
                412,
                assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3))
                        .status());
        assertEquals(
                412,
                assertThrows(ProblemException.class, () -> ETags.requireMatch("\"33\"", 3))
                        .status());
        assertEquals(
                412,
                assertThrows(ProblemException.class, () -> ETags.requireMatch("garbage", 3))
                        .status());
        // unquoted: no entity tag, though its value is the version
        for (String unquoted : new String[] {"3", "W/3", "\"3", "3\""}) {
            assertEquals(
                    412,
                    assertThrows(ProblemException.class, () -> ETags.requireMatch(unquoted, 3))
                            .status(),
                    unquoted);
        }
        // the detail names the current version, not the sent tag (a 5,000-character tag came back whole)
        ProblemException stale =
                assertThrows(ProblemException.class, () -> ETags.requireMatch("\"" + "9".repeat(5000) + "\"", 3));
        assertEquals(
                "If-Match does not match the current version \"3\"; fetch the record again and retry",
                stale.getMessage());
    }

    @Test
    void requestIdsAreAcceptedOnlyWhenSafeForLogs() {
        assertEquals("abc-123", RequestIds.acceptOrGenerate("abc-123"));
        assertEquals(36, RequestIds.acceptOrGenerate("two words").length());
        assertEquals(36, RequestIds.acceptOrGenerate("x".repeat(129)).length());
        assertEquals(36, RequestIds.acceptOrGenerate("line\nbreak").length());
    }
}
