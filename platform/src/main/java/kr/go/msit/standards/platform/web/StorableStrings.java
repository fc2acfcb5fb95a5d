package kr.go.msit.standards.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Set;
import kr.go.msit.standards.platform.web.StrictJson.UnstorableStringException;

/**
 * Jackson's own string reading, then the checks that it can be stored as it came and is the text it shows: a
 * control character (but tab, line feed and carriage return) or an invisible format character (Unicode category
 * Cf: a zero-width space or joiner, a soft hyphen, a bidirectional override, U+FEFF) is refused, and the text is
 * kept in Unicode's composed form (NFC). Two names that look alike were two names: "최평가" typed decomposed (NFD,
 * as some systems send Hangul) or with a zero-width space inside passed the rules that a name is recorded once.
 */
final class StorableStrings extends StdScalarDeserializer<String> {

    StorableStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value == null) {
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            throw new UnstorableStringException(
                    parser, "A string holds the NUL character", "must not contain the NUL character (\\u0000)");
        }
        if (unpairedSurrogateIn(value)) {
            throw new UnstorableStringException(
                    parser,
                    "A string holds an unpaired surrogate",
                    "must be valid Unicode (holds an unpaired surrogate such as \\ud800)");
        }
        int invisible = invisibleIn(value);
        if (invisible >= 0) {
            throw new UnstorableStringException(
                    parser,
                    "A string holds an invisible character",
                    String.format("must not contain control or invisible format characters (holds U+%04X)", invisible));
        }
        return composed(value);
    }

    /**
     * The first control character other than tab, line feed and carriage return, or format character (Unicode
     * category Cf), in {@code value}; -1 when there is none.
     */
    static int invisibleIn(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            if ((type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
                    || type == Character.FORMAT
                    || INVISIBLE_LETTERS.contains(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * Characters Unicode lists as default ignorable that are neither controls nor format characters, and show nothing:
     * the Hangul fillers (a "name" of U+3164 looks empty), the combining grapheme joiner, the Khmer inherent vowels and
     * the Mongolian free variation selectors. The variation selectors (U+FE00–FE0F, U+E0100–E01EF) are kept: they choose
     * an emoji's or a Hanja's form.
     */
    private static final Set<Integer> INVISIBLE_LETTERS =
            Set.of(0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x3164, 0xFFA0);

    /**
     * {@code value} in NFC, but for the CJK compatibility ideographs, which NFC would replace by their unified forms:
     * the Korean standard (KS X 1001) encodes one Hanja once for each reading, as in names (李 U+F9E1 read 리, U+674E
     * read 이), and a name must come back as it was sent. They compose with nothing, so the text between them is
     * normalised as a whole.
     */
    static String composed(String value) {
        if (Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int from = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            if (compatibilityIdeograph(c)) {
                out.append(Normalizer.normalize(value.substring(from, i), Normalizer.Form.NFC));
                out.appendCodePoint(c);
                from = next;
            }
            i = next;
        }
        return out.append(Normalizer.normalize(value.substring(from), Normalizer.Form.NFC))
                .toString();
    }

    private static boolean compatibilityIdeograph(int c) {
        return (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    /** Whether {@code value} has a high surrogate not followed by a low one, or a low one not after a high one. */
    static boolean unpairedSurrogateIn(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
