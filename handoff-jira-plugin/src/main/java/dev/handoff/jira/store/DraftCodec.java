package dev.handoff.jira.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.prose.ProseResult;

import java.time.Instant;

/**
 * Stores a draft as JSON: the redacted facts with their source references, nothing raw. Uses the plugin's
 * own embedded Jackson, built without module auto-discovery so the host's class loader never matters.
 * Record components only: helper methods on the records never become stored properties.
 */
public final class DraftCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("handoff-time")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addDeserializer(Instant.class, new FromStringDeserializer<>(Instant.class) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        protected Instant _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                            return Instant.parse(value);
                        }
                    }));

    private DraftCodec() {
    }

    public static String encode(Draft draft) {
        try {
            return MAPPER.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft could not be encoded", e);
        }
    }

    public static String encodeProse(ProseResult prose) {
        try {
            return MAPPER.writeValueAsString(prose);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model's prose could not be encoded", e);
        }
    }

    public static ProseResult decodeProse(String json) {
        try {
            return MAPPER.readValue(json, ProseResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored prose could not be read: " + e.getOriginalMessage(), e);
        }
    }

    public static String encodeKnowledge(DraftKnowledge knowledge) {
        try {
            return MAPPER.writeValueAsString(knowledge);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the draft's knowledge could not be encoded", e);
        }
    }

    public static DraftKnowledge decodeKnowledge(String json) {
        try {
            return MAPPER.readValue(json, DraftKnowledge.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored knowledge could not be read: " + e.getOriginalMessage(), e);
        }
    }

    public static Draft decode(String json) {
        try {
            return MAPPER.readValue(json, Draft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
