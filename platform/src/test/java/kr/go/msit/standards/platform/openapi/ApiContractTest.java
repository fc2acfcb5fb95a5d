package kr.go.msit.standards.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ApiContractTest {

    /** JSON Schema's reading of a pattern: found anywhere in the value. */
    private static boolean jsonSchemaMatches(String pattern, String value) {
        return Pattern.compile(pattern).matcher(value).find();
    }

    @Test
    void aPatternIsAnchoredSoAJsonSchemaValidatorReadsItAsBeanValidationDoes() {
        String code = ApiContract.anchored("[A-Z]{2}");
        assertTrue(jsonSchemaMatches(code, "KR"));
        assertFalse(jsonSchemaMatches(code, "xKR"));
        assertFalse(jsonSchemaMatches(code, "KRx"));
        String either = ApiContract.anchored("asc|desc");
        assertTrue(jsonSchemaMatches(either, "desc"));
        assertFalse(jsonSchemaMatches(either, "ascending"));
        assertFalse(jsonSchemaMatches(either, "xdesc"));
        // once only, and what is anchored already stays
        assertEquals(code, ApiContract.anchored(code));
        assertEquals("^-?[0-9]+$", ApiContract.anchored("^-?[0-9]+$"));
        // @NotBlank: a character that is not white space, anywhere
        assertEquals("\\S", ApiContract.anchored("\\S"));
    }
}
