package kr.go.msit.standards.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ParameterConvertersTest {

    private final jakarta.ws.rs.ext.ParamConverter<UUID> uuid = new ParameterConverters()
            .getConverter(UUID.class, UUID.class, new java.lang.annotation.Annotation[] {
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
            });

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
