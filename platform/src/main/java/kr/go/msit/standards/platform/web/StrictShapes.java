package kr.go.msit.standards.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * The shapes {@link StrictJson} reads strictly around Jackson's own deserializers: a set's array without repeats, and
 * an enum value exactly as listed.
 */
final class StrictShapes {

    private StrictShapes() {}

    /** Every set a request takes reads its array with {@link NoDuplicates}. */
    static final class UniqueSets extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return Set.class.isAssignableFrom(type.getRawClass()) ? new NoDuplicates(deserializer) : deserializer;
        }
    }

    /** Every enum a request takes is read by {@link ExactEnum}. */
    static final class ExactEnums extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                com.fasterxml.jackson.databind.JavaType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new ExactEnum(deserializer);
        }
    }

    /**
     * An enum value as the document lists it: Jackson's reading, once the name it was given matches no value, tries
     * it again trimmed, so {@code " OPEN"} was taken for {@code OPEN}.
     */
    static final class ExactEnum extends DelegatingDeserializer {

        ExactEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (text.trim().length() != text.length()) {
                    return context.handleWeirdStringValue(
                            handledType(), text, "must be one of the values as listed, without spaces");
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /** Jackson's own reading of the array into a set, then the check that no item was dropped as a repeat. */
    static final class NoDuplicates extends DelegatingDeserializer {

        NoDuplicates(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new NoDuplicates(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return super.deserialize(parser, context);
            }
            TokenBuffer array = context.bufferAsCopyOfValue(parser);
            int items = 0;
            try (JsonParser counting = array.asParser(parser.getCodec())) {
                counting.nextToken();
                while (counting.nextToken() != JsonToken.END_ARRAY) {
                    counting.skipChildren();
                    items++;
                }
            }
            Object read;
            try (JsonParser values = array.asParser(parser.getCodec())) {
                values.nextToken();
                read = super.deserialize(values, context);
            }
            if (read instanceof Collection<?> set && set.size() < items) {
                throw new StrictJson.DuplicateItemsException(parser);
            }
            return read;
        }
    }
}
