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

    record Dated(java.time.LocalDate on) {}

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

    @Test
    void aDateIsAFullDateWithAFourDigitYear() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        assertEquals(
                java.time.LocalDate.of(2027, 6, 30),
                mapper.readValue("{\"on\":\"2027-06-30\"}", Dated.class).on());
        // ISO reads these as 2027-06-30 and 0001-01-01; RFC 3339's full-date, the document's format, does not
        for (String other :
                new String[] {"+002027-06-30", "+02027-06-30", "02027-06-30", "+0001-01-01", "+2027-06-30"}) {
            assertThrows(
                    MismatchedInputException.class,
                    () -> mapper.readValue("{\"on\":\"" + other + "\"}", Dated.class),
                    other);
        }
        assertThrows(
                StrictJson.DateOutOfRangeException.class,
                () -> mapper.readValue("{\"on\":\"+999999999-12-31\"}", Dated.class));
    }
}
