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
    }

    @Test
    void requestIdsAreAcceptedOnlyWhenSafeForLogs() {
        assertEquals("abc-123", RequestIds.acceptOrGenerate("abc-123"));
        assertEquals(36, RequestIds.acceptOrGenerate("two words").length());
        assertEquals(36, RequestIds.acceptOrGenerate("x".repeat(129)).length());
        assertEquals(36, RequestIds.acceptOrGenerate("line\nbreak").length());
    }
}
