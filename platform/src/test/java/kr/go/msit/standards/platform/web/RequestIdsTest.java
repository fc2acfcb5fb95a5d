package kr.go.msit.standards.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void anAcceptableIdIsKeptAnythingElseReplaced() {
        assertEquals("req-77", RequestIds.acceptOrGenerate("req-77"));
        assertNotEquals("bad id", RequestIds.acceptOrGenerate("bad id"));
        assertNotEquals("x".repeat(129), RequestIds.acceptOrGenerate("x".repeat(129)));
    }

    @Test
    void generatedIdsAreVersion4UuidsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.acceptOrGenerate(null);
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString());
            seen.add(id);
        }
        assertEquals(10_000, seen.size());
    }
}
