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

    record Named(String name, java.util.List<String> aliases) {}

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

    /**
     * A string is kept composed (NFC), and one holding an invisible character is refused: "최평가" decomposed, or with a
     * zero-width space inside, passed as another name than "최평가" the rules that a name is recorded once.
     */
    @Test
    void aStringIsTheTextItShows() throws Exception {
        String composed = "최평가";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertEquals(7, decomposed.length()); // 최 평 가: 2, 3 and 2 jamo
        Named read = mapper.readValue(
                mapper.writeValueAsString(new Named(decomposed, java.util.List.of(decomposed))), Named.class);
        assertEquals(composed, read.name());
        assertEquals(java.util.List.of(composed), read.aliases());
        assertEquals(
                "줄 하나\n\t둘\r\n",
                mapper.readValue("{\"name\":\"줄 하나\\n\\t둘\\r\\n\"}", Named.class)
                        .name());
        for (String invisible : new String[] {
            "\\u200b", "\\u200d", "\\u202e", "\\u00ad", "\\ufeff", "\\u0007", "\\u001b", "\\u3164", "\\u034f", "\\uffa0"
        }) {
            StrictJson.UnstorableStringException refused = assertThrows(
                    StrictJson.UnstorableStringException.class,
                    () -> mapper.readValue("{\"name\":\"최" + invisible + "평가\"}", Named.class),
                    invisible);
            assertEquals(
                    "must not contain control or invisible format characters (holds U+"
                            + invisible.substring(2).toUpperCase() + ")",
                    refused.reason());
            assertThrows(
                    StrictJson.UnstorableStringException.class,
                    () -> mapper.readValue("{\"aliases\":[\"" + invisible + "\"]}", Named.class),
                    invisible);
        }
        // a Hanja of the Korean standard's own reading (李 read 리, U+F9E1) stays itself: NFC would make it U+674E
        String ri = "\uF9E1";
        assertEquals(
                ri + composed + ri,
                mapper.readValue(mapper.writeValueAsString(new Named(ri + decomposed + ri, null)), Named.class)
                        .name());
        // a peer's answer is read as the peer stored it
        assertEquals(
                "최\u200b평가",
                StrictJson.forPeers(mapper)
                        .readValue("{\"name\":\"최\\u200b평가\"}", Named.class)
                        .name());
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
