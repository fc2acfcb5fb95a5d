package kr.go.msit.standards.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static MediaType type(String type, String subtype, String q) {
        return q == null ? new MediaType(type, subtype) : new MediaType(type, subtype, Map.of("q", q));
    }

    @Test
    void csvIsWantedWhenATypeOnlyCsvAnswersComesBeforeJson() {
        assertTrue(Csv.wanted(List.of(type("text", "csv", null))));
        // text/* is CSV's, JSON is not text; it was answered with JSON
        assertTrue(Csv.wanted(List.of(type("text", "*", null))));
        assertTrue(Csv.wanted(List.of(type("text", "*", null), type("*", "*", "0.1"))));
        assertFalse(Csv.wanted(List.of(type("application", "json", null), type("text", "csv", null))));
        assertFalse(Csv.wanted(List.of(type("*", "*", null))));
        assertFalse(Csv.wanted(List.of()));
    }

    @Test
    void aTypeWithQualityZeroIsRefusedNotAskedFor() {
        assertFalse(Csv.wanted(List.of(type("text", "csv", "0"))));
        assertFalse(Csv.wanted(List.of(type("text", "*", "0.0"))));
        assertTrue(Csv.wanted(List.of(type("application", "json", "0"), type("text", "csv", "0.5"))));
        // the most specific range decides, wherever it stands
        assertFalse(Csv.wanted(List.of(type("text", "*", null), type("text", "csv", "0"))));
        assertTrue(Csv.wanted(List.of(type("*", "*", null), type("application", "json", "0"))));
    }

    @Test
    void mediaTypesMatchWhateverTheirCase() {
        assertTrue(Csv.wanted(List.of(type("TEXT", "CSV", null))));
        assertFalse(Csv.wanted(List.of(type("Application", "JSON", null), type("text", "csv", "0.5"))));
    }

    @Test
    void textASpreadsheetWouldRunIsWrittenAsText() {
        String csv = new Csv()
                .row("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "a=b", -5L, 0)
                .toString();
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-1,'@SUM(A1),'\tx,a=b,-5,0\r\n", csv);
        // after spaces, and in full width (as a Korean or Japanese input method types it)
        assertEquals(
                "' =1+1,'\u3000=1,'\uFF1DSUM(A1),'\uFF0B1,'\uFF0D1,'\uFF20x, x\r\n",
                new Csv()
                        .row(" =1+1", "\u3000=1", "\uFF1DSUM(A1)", "\uFF0B1", "\uFF0D1", "\uFF20x", " x")
                        .toString());
    }
}
