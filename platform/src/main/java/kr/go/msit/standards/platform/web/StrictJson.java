package kr.go.msit.standards.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * JSON is read strictly, so a client's mistake is a 400 instead of a silent guess: unknown fields, a field given
 * twice, 1.5 for an integer, "12" for a number, numbers for enums, null for primitives, trailing garbage, and a
 * string PostgreSQL cannot store as it was sent are all refused: one holding the NUL character (it would fail deep
 * inside a write) or an unpaired UTF-16 surrogate such as {@code "\ud800"} (no character at all: the driver would
 * store a "?" in its place, and the record would differ from what the answer echoed). So are a date outside years
 * 1–9999 (ISO allows "+999999999-12-31"; PostgreSQL cannot store it), a time of day with a fraction of a second
 * (see {@link PlainTimes}), an enum value with spaces around it, an empty or blank
 * string for an id (it was read as no id), and an
 * array that repeats an item where a set is taken (the document says {@code uniqueItems}; the repeat used to be dropped without a word). Dates are written
 * as ISO-8601 strings.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * Applied last, after Quarkus registers the Java time module: a deserializer registered later wins, so the date
     * range check below is the one that reads dates.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // a number or a boolean where a string is expected is a 400 too, as a string where a number is expected is
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // "" (or " ", or "\u0000", which Jackson trims to "") for an id is a wrong value, not an absent one: read
        // as null, it slipped past the NUL refusal and answered as if the field were left out
        mapper.coercionConfigFor(LogicalType.OtherScalar)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        mapper.registerModule(new SimpleModule("strict-strings").addDeserializer(String.class, new StorableStrings()));
        mapper.registerModule(new SimpleModule("storable-dates").addDeserializer(LocalDate.class, new StorableDates()));
        mapper.registerModule(new SimpleModule("plain-times").addDeserializer(LocalTime.class, new PlainTimes()));
        mapper.registerModule(new SimpleModule("unique-sets").setDeserializerModifier(new StrictShapes.UniqueSets()));
        mapper.registerModule(new SimpleModule("exact-enums").setDeserializerModifier(new StrictShapes.ExactEnums()));
    }

    /** An array read into a set that repeats an item: refused, as the document's uniqueItems says, not dropped. */
    public static final class DuplicateItemsException extends MismatchedInputException {

        DuplicateItemsException(JsonParser parser) {
            super(parser, "An array repeats an item", Set.class);
        }
    }

    /**
     * A string value that holds U+0000 or an unpaired surrogate, refused with the field's path like any other invalid
     * value; {@link #reason()} says which, for the problem's field error.
     */
    public static final class UnstorableStringException extends MismatchedInputException {

        private final String reason;

        UnstorableStringException(JsonParser parser, String title, String reason) {
            super(parser, title, String.class);
            this.reason = reason;
        }

        /** What the field must be, e.g. "must not contain the NUL character (\\u0000)". */
        public String reason() {
            return reason;
        }
    }

    /** A date outside 0001-01-01 – 9999-12-31, which PostgreSQL (or any sane record) cannot hold. */
    public static final class DateOutOfRangeException extends MismatchedInputException {

        DateOutOfRangeException(JsonParser parser) {
            super(parser, "A date must be between 0001-01-01 and 9999-12-31", LocalDate.class);
        }
    }

    /** Jackson's own ISO date reading, then the range check: "+999999999-12-31" is a valid ISO date, not a record's. */
    static final class StorableDates extends StdScalarDeserializer<LocalDate> {

        StorableDates() {
            super(LocalDate.class);
        }

        /** An ISO date as the document writes it (a year beyond 9999 has a sign and more digits). */
        private static final java.util.regex.Pattern ISO_DATE =
                java.util.regex.Pattern.compile("[+-]?[0-9]{4,9}-[0-9]{2}-[0-9]{2}");

        /** A date a record holds, as the document's full-date writes it: four digits of year, no sign. */
        private static final java.util.regex.Pattern FULL_DATE =
                java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // a string of that shape only: Jackson's reading also took [2027,5,10], "2027-05-10T00:00:00Z" (the time
            // dropped) and " 2026-01-01"
            if (!parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            if (!ISO_DATE.matcher(parser.getText()).matches()) {
                return (LocalDate)
                        context.handleWeirdStringValue(LocalDate.class, parser.getText(), "must be a date YYYY-MM-DD");
            }
            String text = parser.getText();
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
                throw new DateOutOfRangeException(parser);
            }
            // a year in range written with a sign or more digits ("+002027-06-30") is no full-date (RFC 3339), though
            // ISO reads it: the document's format, and the answer's echo, are four digits
            if (value != null && !FULL_DATE.matcher(text).matches()) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "must be a date YYYY-MM-DD");
            }
            return value;
        }
    }

    /**
     * A time of day as {@code HH:MM} or {@code HH:MM:SS}, the pattern the document gives ({@link #TIME_PATTERN}):
     * Jackson also took an array and fractions of a second to the nanosecond, which the answer echoed while the
     * database kept microseconds, so the answer and a later read differed.
     */
    static final class PlainTimes extends StdScalarDeserializer<LocalTime> {

        private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(TIME_PATTERN);

        PlainTimes() {
            super(LocalTime.class);
        }

        @Override
        public LocalTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalTime) context.handleUnexpectedToken(LocalTime.class, parser);
            }
            if (!TIME.matcher(parser.getText()).matches()) {
                return (LocalTime) context.handleWeirdStringValue(
                        LocalTime.class, parser.getText(), "must be a time HH:MM or HH:MM:SS");
            }
            return LocalTime.parse(parser.getText());
        }
    }

    /** The times of day a request takes: 00:00 to 23:59, seconds optional (for a schema's {@code pattern}). */
    public static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

    /**
     * The mapper for what a peer service answers: its strings as that service stored them, without the refusals of
     * {@link StorableStrings}, which are for what a caller sends. A record written before a refusal existed must not make
     * a peer's answer unreadable (a 503 for every request that asks of it).
     */
    public static ObjectMapper forPeers(ObjectMapper strict) {
        return strict.copy()
                .registerModule(
                        new SimpleModule("peer-strings").addDeserializer(String.class, StringDeserializer.instance));
    }
}
