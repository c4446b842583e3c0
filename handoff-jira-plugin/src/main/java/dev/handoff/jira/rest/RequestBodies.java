package dev.handoff.jira.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.Set;

/**
 * Strict parsing of the panel's POST bodies ({@code docs/panel-rest-contract.md}): exactly one JSON object, no
 * duplicate or unknown fields, text fields as JSON strings, a size limit. Uses the plugin's embedded Jackson
 * privately; nothing Jackson-typed leaves this class.
 */
final class RequestBodies {

    /** Larger than any note a person edits by hand; refuses to parse anything bigger. */
    static final int MAX_BODY_CHARS = 64 * 1024;
    static final int MAX_REASON_CHARS = 500;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build());
    }

    private RequestBodies() {
    }

    /** A malformed or unacceptable body; the message is one line meant for the caller. */
    static final class BadBody extends Exception {
        private static final long serialVersionUID = 1L;

        BadBody(String message) {
            super(message);
        }
    }

    /** "Draft now" and "Regenerate": the body must be {@code {}}. */
    static void empty(String body) throws BadBody {
        object(body, Set.of());
    }

    /** "Approve": {@code {"text": "optional edited note"}}; returns the text, or null when absent, null or blank. */
    static String approveText(String body) throws BadBody {
        JsonNode o = object(body, Set.of("text"));
        String text = optionalText(o, "text");
        return text == null || text.isBlank() ? null : text;
    }

    /** "Reject": {@code {"reason": "..."}} with 1..500 characters after trimming. */
    static String rejectReason(String body) throws BadBody {
        JsonNode o = object(body, Set.of("reason"));
        String reason = optionalText(o, "reason");
        if (reason == null || reason.isBlank()) {
            throw new BadBody("a reason is required to reject a draft");
        }
        reason = reason.strip();
        if (reason.codePointCount(0, reason.length()) > MAX_REASON_CHARS) {
            throw new BadBody("the reason is longer than " + MAX_REASON_CHARS + " characters");
        }
        return reason;
    }

    /** {@code {"projectKeys": ["SD", ...]}}: at least one, at most 100 project keys. */
    static java.util.List<String> projectKeys(String body) throws BadBody {
        JsonNode keys = object(body, Set.of("projectKeys")).get("projectKeys");
        if (keys == null || !keys.isArray() || keys.isEmpty() || keys.size() > 100) {
            throw new BadBody("\"projectKeys\" must be a list of 1 to 100 project keys");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode k : keys) {
            if (!k.isTextual() || !k.textValue().matches("[A-Z][A-Z0-9_]{0,99}")) {
                throw new BadBody("\"projectKeys\" holds something that is not a project key");
            }
            out.add(k.textValue());
        }
        return out;
    }

    private static JsonNode object(String body, Set<String> allowed) throws BadBody {
        if (body == null || body.isBlank()) {
            throw new BadBody("the body must be a JSON object");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new BadBody("the body is larger than " + MAX_BODY_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadBody("the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new BadBody("the body must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new BadBody("unknown field \"" + printable(name) + "\"");
            }
        }
        return node;
    }

    private static String optionalText(JsonNode o, String field) throws BadBody {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadBody("\"" + field + "\" must be a string");
        }
        return v.textValue();
    }

    /** Field names are echoed in one-line errors: keep them short and printable. */
    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("[^\\p{Alnum}_.\\- ]", "?");
    }
}
