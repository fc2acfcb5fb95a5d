package kr.go.msit.standards.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Ref(UUID id) {}

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void anEmptyOrBlankIdIsAWrongValueNotAnAbsentOne() throws Exception {
        UUID id = UUID.randomUUID();
        assertEquals(id, mapper.readValue("{\"id\":\"" + id + "\"}", Ref.class).id());
        assertNull(mapper.readValue("{\"id\":null}", Ref.class).id());
        assertNull(mapper.readValue("{}", Ref.class).id());
        for (String blank : new String[] {"\"\"", "\" \"", "\"\\u0000\"", "\"\\t\""}) {
            assertThrows(
                    MismatchedInputException.class, () -> mapper.readValue("{\"id\":" + blank + "}", Ref.class), blank);
        }
    }
}
