package kr.go.msit.standards.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void aDateIsFourDigitsOfYearFrom0001To9999() {
        assertEquals(LocalDate.of(2026, 12, 5), QueryParams.date("date", "2026-12-05"));
        assertEquals(LocalDate.of(1, 1, 1), QueryParams.date("date", "0001-01-01"));
        assertNull(QueryParams.date("date", null));
        // given empty or blank is not left out (?from= listed every dispatch)
        for (String bad :
                new String[] {"", " ", "-0001-01-01", "+10000-01-01", "+2026-12-05", "0000-01-01", "2026-1-5", "x"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> QueryParams.date("date", bad), bad);
            assertEquals(400, refused.status());
            assertEquals("date", refused.errors().get(0).field());
        }
    }

    @Test
    void anInstantHasAFourDigitYearFrom0001To9999() {
        assertEquals(OffsetDateTime.parse("2026-01-01T00:00:00Z"), QueryParams.instant("from", "2026-01-01T00:00:00Z"));
        for (String bad : new String[] {"+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z"}) {
            assertThrows(ProblemException.class, () -> QueryParams.instant("from", bad), bad);
        }
    }
}
