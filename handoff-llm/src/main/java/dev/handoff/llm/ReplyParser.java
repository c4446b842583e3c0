package dev.handoff.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.core.prose.ModelProse;
import dev.handoff.core.prose.ProseSection;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reply's JSON schema (sent as Ollama's {@code format}) and a strict reading of the reply against
 * it. Ollama constrains decoding to the schema, but a server that ignores {@code format}, a truncated
 * reply or a proxy in between can still hand back anything, so the schema is enforced again here:
 * every field present, nothing extra, the right types.
 */
final class ReplyParser {

    static final String CATEGORY = "suggestedCategory";
    static final String NONE = "none";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReplyParser() {
    }

    /** The reply is not the object the schema describes; the message never quotes the reply (it holds ticket text). */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    static JsonSchema schema(List<String> categories) {
        JsonObjectSchema sentence = JsonObjectSchema.builder()
                .addProperty("text", JsonStringSchema.builder().description("one sentence").build())
                .addProperty("citations", JsonArraySchema.builder().items(JsonStringSchema.builder().build())
                        .description("ids of the sources that state it, e.g. C4, D").build())
                .required("text", "citations")
                .additionalProperties(false)
                .build();
        JsonObjectSchema.Builder root = JsonObjectSchema.builder();
        List<String> required = new ArrayList<>();
        for (ProseSection s : ProseSection.values()) {
            root.addProperty(s.jsonName(), JsonArraySchema.builder().items(sentence).build());
            required.add(s.jsonName());
        }
        List<String> allowed = new ArrayList<>(categories);
        allowed.add(NONE);
        root.addProperty(CATEGORY, JsonEnumSchema.builder().enumValues(allowed).build());
        required.add(CATEGORY);
        return JsonSchema.builder().name("EscalationProse")
                .rootElement(root.required(required).additionalProperties(false).build())
                .build();
    }

    static ModelProse parse(String reply) throws Malformed {
        JsonNode root;
        try {
            root = MAPPER.readTree(reply == null ? "" : reply);
        } catch (JsonProcessingException e) {
            throw new Malformed("not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Malformed("not a JSON object");
        }
        Set<String> expected = new HashSet<>();
        Map<ProseSection, List<ModelProse.Sentence>> sections = new EnumMap<>(ProseSection.class);
        for (ProseSection s : ProseSection.values()) {
            expected.add(s.jsonName());
            sections.put(s, sentences(root.get(s.jsonName()), s.jsonName()));
        }
        expected.add(CATEGORY);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!expected.contains(name)) {
                throw new Malformed("unexpected field '" + shortName(name) + "'");
            }
        }
        JsonNode category = root.get(CATEGORY);
        if (category == null || !category.isTextual()) {
            throw new Malformed("field '" + CATEGORY + "' missing or not a string");
        }
        return new ModelProse(sections, category.asText());
    }

    private static List<ModelProse.Sentence> sentences(JsonNode node, String field) throws Malformed {
        if (node == null || !node.isArray()) {
            throw new Malformed("field '" + field + "' missing or not a list");
        }
        List<ModelProse.Sentence> out = new ArrayList<>();
        for (JsonNode item : node) {
            JsonNode text = item.get("text");
            JsonNode citations = item.get("citations");
            if (!item.isObject() || item.size() != 2 || text == null || !text.isTextual() || citations == null || !citations.isArray()) {
                throw new Malformed("an entry of '" + field + "' is not {text, citations}");
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode c : citations) {
                if (!c.isTextual()) {
                    throw new Malformed("a citation in '" + field + "' is not a string");
                }
                ids.add(c.asText());
            }
            out.add(new ModelProse.Sentence(text.asText(), ids));
        }
        return out;
    }

    /** A field name is model output: shown cut short and without control characters. */
    private static String shortName(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "\u2026";
    }
}
