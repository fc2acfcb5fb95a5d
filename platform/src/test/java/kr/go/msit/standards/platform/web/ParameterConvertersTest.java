package kr.go.msit.standards.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ParameterConvertersTest {

    private final jakarta.ws.rs.ext.ParamConverter<UUID> uuid =
            new ParameterConverters().getConverter(UUID.class, UUID.class, PATH_ID);

    private final jakarta.ws.rs.ext.ParamConverter<Integer> integer =
            new ParameterConverters().getConverter(int.class, int.class, PATH_ID);

    private static final java.lang.annotation.Annotation[] PATH_ID = new java.lang.annotation.Annotation[] {
        new jakarta.ws.rs.PathParam() {
            @Override
            public String value() {
                return "id";
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return jakarta.ws.rs.PathParam.class;
            }
        }
    };

    @Test
    void anIntegerIsAnOptionalMinusAndAsciiDigitsOnly() {
        assertEquals(5, integer.fromString("5"));
        assertEquals(-12, integer.fromString("-12"));
        assertEquals(2026, integer.fromString("02026"));
        assertEquals(Integer.MAX_VALUE, integer.fromString("2147483647"));
        assertEquals(Integer.MIN_VALUE, integer.fromString("-2147483648"));
        // Integer.valueOf took the first four for numbers
        for (String alias : new String[] {
            "+5",
            "\uFF15",
            "\u0665",
            "2\u0660\u0662\u0666",
            "",
            "-",
            "5 ",
            " 5",
            "2147483648",
            "99999999999999999999",
            "1e3",
            "0x10"
        }) {
            assertThrows(ProblemException.class, () -> integer.fromString(alias), alias);
        }
    }

    @Test
    void aUuidIsItsCanonicalShapeOnly() {
        assertEquals(
                UUID.fromString("a0000000-0000-4000-8000-000000002025"),
                uuid.fromString("a0000000-0000-4000-8000-000000002025"));
        assertEquals(
                UUID.fromString("a0000000-0000-4000-8000-00000000ABCD"),
                uuid.fromString("A0000000-0000-4000-8000-00000000abcd"));
        // UUID.fromString reads each group as a number: these named the same record
        for (String alias : new String[] {
            "a0000000-0000-4000-8000-+00000002025",
            "a0000000-0000-4000-8000-00000000２025",
            "a0000000-0000-4000-8000-0000000002025",
            "a0000000-0000-4000-800-0000000002025",
            "a0000000x0000-4000-8000-000000002025"
        }) {
            assertThrows(ProblemException.class, () -> uuid.fromString(alias), alias);
        }
    }
}
