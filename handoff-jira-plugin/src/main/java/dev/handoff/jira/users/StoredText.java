package dev.handoff.jira.users;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites of stored text for a user's rename or anonymisation. A stored draft is JSON in which a person is an object
 * of exactly {@code key} and {@code displayName} (DraftCodec writes core's Person record so); people are changed only
 * through {@link PersonRule}, every other string value through the text rule.
 */
final class StoredText {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What becomes of one stored person: the new {@code [key, displayName]}, or the same pair. */
    interface PersonRule {
        String[] apply(String key, String displayName);
    }

    static final PersonRule SAME_PEOPLE = (key, name) -> new String[] {key, name};

    private StoredText() {
    }

    /** {@code s} as the characters between the quotes of a JSON string, the way it is found in stored JSON. */
    static String jsonEscaped(String s) {
        String quoted = new TextNode(s).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    /** The stored-JSON fragment of a person with this key: {@code "key":"<key>"}. */
    static String personKeyFragment(String key) {
        return "\"key\":\"" + jsonEscaped(key) + "\"";
    }

    /** The JSON with its people and other string values rewritten; unchanged input comes back identical. */
    static String rewriteJson(String json, PersonRule people, UnaryOperator<String> text) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON could not be read: " + e.getOriginalMessage(), e);
        }
        if (!rewrite(root, people, text)) {
            return json;
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rewritten JSON could not be written", e);
        }
    }

    /** Display names held for a user key in stored JSON. */
    static List<String> displayNames(String json, String key) {
        List<String> names = new ArrayList<>();
        rewriteJson(json, (k, name) -> {
            if (k.equals(key) && !names.contains(name)) {
                names.add(name);
            }
            return new String[] {k, name};
        }, UnaryOperator.identity());
        return names;
    }

    private static boolean rewrite(JsonNode node, PersonRule people, UnaryOperator<String> text) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            if (isPerson(object)) {
                String[] now = people.apply(object.get("key").asText(), object.get("displayName").asText());
                if (!now[0].equals(object.get("key").asText()) || !now[1].equals(object.get("displayName").asText())) {
                    object.put("key", now[0]);
                    object.put("displayName", now[1]);
                    return true;
                }
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()) {
                    String before = field.getValue().asText();
                    String after = text.apply(before);
                    if (!after.equals(before)) {
                        field.setValue(new TextNode(after));
                        changed = true;
                    }
                } else {
                    changed |= rewrite(field.getValue(), people, text);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (element.isTextual()) {
                    String after = text.apply(element.asText());
                    if (!after.equals(element.asText())) {
                        ((ArrayNode) node).set(i, new TextNode(after));
                        changed = true;
                    }
                } else {
                    changed |= rewrite(element, people, text);
                }
            }
        }
        return changed;
    }

    private static boolean isPerson(ObjectNode object) {
        return object.size() == 2 && object.path("key").isTextual() && object.path("displayName").isTextual();
    }

    /**
     * Replaces each name where it stands as a whole word (not inside a longer word or name), longest name first so
     * "Jo Doe" is replaced before "Jo".
     */
    static UnaryOperator<String> replacingNames(Collection<String> names, String replacement) {
        List<String> sorted = names.stream().filter(n -> n != null && !n.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return UnaryOperator.identity();
        }
        StringBuilder alternatives = new StringBuilder();
        for (String name : sorted) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])");
        String literal = Matcher.quoteReplacement(replacement);
        return s -> s == null ? null : pattern.matcher(s).replaceAll(literal);
    }

    /** Jira wiki mentions of a user name, {@code [~name]}, in any letter case (Jira user names are case-insensitive). */
    static UnaryOperator<String> replacingMentions(String from, String to) {
        Pattern pattern = Pattern.compile("\\[~" + Pattern.quote(from) + "]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String literal = Matcher.quoteReplacement("[~" + to + "]");
        return s -> s == null ? null : pattern.matcher(s).replaceAll(literal);
    }

    static String mention(String name) {
        return "[~" + name + "]";
    }
}
