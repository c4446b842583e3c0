package dev.handoff.jira.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.search.confluence.ApprovedSpaces;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.core.json.Json;
import dev.handoff.core.model.Slot;
import dev.handoff.jira.permission.TierSettings;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.HandoffSettingsWriter;
import dev.handoff.jira.settings.IntRange;
import dev.handoff.jira.settings.ModelSettings;
import dev.handoff.jira.settings.PluginSettingsHandoffSettings;
import dev.handoff.jira.settings.ProjectSettings;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static dev.handoff.jira.settings.PluginSettingsHandoffSettings.*;

/**
 * The admin screen's configuration document: one flat JSON object (README "Administration") read from the settings
 * in effect, and validated as a whole before anything is stored. The first bad value names its field; nothing is
 * written then. Uses the plugin's embedded Jackson privately.
 */
public final class AdminConfig {

    static final int MAX_BODY_CHARS = 64 * 1024;
    static final int MAX_NAME_CHARS = 255;
    static final int MAX_PATTERNS = 50;
    static final int MAX_PATTERN_CHARS = 500;
    static final int MAX_CATEGORIES = 100;
    static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]{1,18}");
    static final Pattern MODEL_NAME_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}");
    static final Pattern PATTERN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    /** The key of the required-slot list that applies to categories without their own. */
    static final String DEFAULT_CATEGORY = "*";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build());
    }

    /** Every field of the document, in the order the screen shows them. */
    static final List<String> FIELDS = List.of(
            "modelUrl", "modelName", "modelProtocol", "modelStream", "embedModel", "modelLanguage", "modelCategories",
            "connectTimeoutSeconds", "readTimeoutSeconds", "maxConcurrent",
            "breakerFailures", "breakerOpenSeconds",
            "tier1Group", "tier2Group", "tier3Group", "approversGroup", "commentRole", "commentGroup",
            "environmentFields", "categoryField", "requiredSlots", "teamField", "confluenceSpaces",
            "retentionDays", "regeneratePerIssuePerHour", "regeneratePerUserPerHour", "redactionPatterns");

    private AdminConfig() {
    }

    /** A value the admin must correct; {@link #field()} is the document field, the message one line for the screen. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The document of the values in effect (defaults where nothing valid is stored). */
    public static Map<String, Object> read(HandoffSettings settings, TierSettings tiers, List<String> categories) {
        ModelSettings m = settings.model();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("modelUrl", m.endpoint().map(Object::toString).orElse(""));
        o.put("modelName", m.model());
        o.put("modelProtocol", m.protocol().wire());
        o.put("modelStream", m.stream());
        o.put("embedModel", settings.embedModel().orElse(""));
        o.put("modelLanguage", settings.modelLanguage());
        o.put("modelCategories", String.join(", ", settings.modelCategories()));
        o.put("connectTimeoutSeconds", m.connectTimeout().getSeconds());
        o.put("readTimeoutSeconds", m.readTimeout().getSeconds());
        o.put("maxConcurrent", m.maxConcurrent());
        o.put("breakerFailures", m.breakerFailures());
        o.put("breakerOpenSeconds", m.breakerOpenFor().getSeconds());
        o.put("tier1Group", tiers.tier1Group());
        o.put("tier2Group", tiers.tier2Group());
        o.put("tier3Group", tiers.tier3Group());
        o.put("approversGroup", tiers.approversGroup());
        o.put("commentRole", settings.commentRole().orElse(""));
        o.put("commentGroup", settings.commentGroup().orElse(""));
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            fields.put(slot.jsonName(), settings.environmentField(slot).orElse(""));
        }
        o.put("environmentFields", fields);
        o.put("categoryField", settings.categoryField().orElse(""));
        Map<String, Object> required = new LinkedHashMap<>();
        required.put(DEFAULT_CATEGORY, slotNames(settings.requiredSlots(Optional.empty())));
        for (String category : categories) {
            required.put(category, slotNames(settings.requiredSlots(Optional.of(category))));
        }
        o.put("requiredSlots", required);
        o.put("teamField", settings.teamField().orElse(""));
        o.put("confluenceSpaces", settings.confluenceSpaces().orElse(""));
        o.put("retentionDays", settings.retentionDays());
        o.put("regeneratePerIssuePerHour", settings.regenerateLimits().perIssuePerHour());
        o.put("regeneratePerUserPerHour", settings.regenerateLimits().perUserPerHour());
        o.put("redactionPatterns", settings.extraRedactionPatterns());
        return o;
    }

    /**
     * Validates a whole document and returns what to store: every key the screen owns, a null value for a key to
     * remove. {@code storedCategories} are the categories with their own list today; those the document drops are
     * removed.
     */
    public static Map<String, String> toStorage(String body, List<String> storedCategories) throws Invalid {
        JsonNode o = object(body, Set.copyOf(FIELDS));
        for (String field : FIELDS) {
            if (!o.has(field)) {
                throw new Invalid(field, field + " is missing: the screen sends every setting at once");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        String url = text(o, "modelUrl", 2000);
        if (!url.isEmpty() && PluginSettingsHandoffSettings.httpUri(url).isEmpty()) {
            throw new Invalid("modelUrl", "modelUrl must be an http:// or https:// URL with a host, or empty for no model");
        }
        out.put(MODEL_URL, url);
        String model = text(o, "modelName", 200);
        if (!model.isEmpty() && !MODEL_NAME_PATTERN.matcher(model).matches()) {
            throw new Invalid("modelName", "modelName must be a model tag such as llama3.1:8b");
        }
        out.put(MODEL_NAME, model);
        String protocol = text(o, "modelProtocol", 20);
        if (ModelSettings.Protocol.of(protocol).isEmpty()) {
            throw new Invalid("modelProtocol", "modelProtocol must be ollama or openai");
        }
        out.put(PluginSettingsHandoffSettings.MODEL_PROTOCOL, protocol);
        JsonNode stream = o.get("modelStream");
        if (!stream.isBoolean()) {
            throw new Invalid("modelStream", "modelStream must be true or false");
        }
        if (stream.booleanValue() && protocol.equals(ModelSettings.Protocol.OPENAI.wire())) {
            throw new Invalid("modelStream", "streaming is available with Ollama only");
        }
        out.put(PluginSettingsHandoffSettings.MODEL_STREAM, Boolean.toString(stream.booleanValue()));
        String embed = text(o, "embedModel", 200);
        if (!embed.isEmpty() && !MODEL_NAME_PATTERN.matcher(embed).matches()) {
            throw new Invalid("embedModel", "embedModel must be a model tag such as nomic-embed-text, or empty for none");
        }
        out.put(PluginSettingsHandoffSettings.EMBED_MODEL, embed);
        String language = text(o, "modelLanguage", 40);
        if (!language.isEmpty() && !language.matches("[\\p{L} ()-]{1,40}")) {
            throw new Invalid("modelLanguage", "modelLanguage must be a language name such as English or Deutsch");
        }
        out.put(PluginSettingsHandoffSettings.MODEL_LANGUAGE, language);
        out.put(PluginSettingsHandoffSettings.MODEL_CATEGORIES, categories(text(o, "modelCategories", 2000)));
        out.put(MODEL_CONNECT_SECONDS, number(o, "connectTimeoutSeconds", CONNECT_SECONDS_RANGE));
        out.put(MODEL_READ_SECONDS, number(o, "readTimeoutSeconds", READ_SECONDS_RANGE));
        out.put(MODEL_MAX_CONCURRENT, number(o, "maxConcurrent", MAX_CONCURRENT_RANGE));
        out.put(MODEL_BREAKER_FAILURES, number(o, "breakerFailures", BREAKER_FAILURES_RANGE));
        out.put(MODEL_BREAKER_OPEN_SECONDS, number(o, "breakerOpenSeconds", BREAKER_OPEN_SECONDS_RANGE));
        out.put(TierSettings.KEY_TIER1, text(o, "tier1Group", MAX_NAME_CHARS));
        out.put(TierSettings.KEY_TIER2, text(o, "tier2Group", MAX_NAME_CHARS));
        out.put(TierSettings.KEY_TIER3, text(o, "tier3Group", MAX_NAME_CHARS));
        out.put(TierSettings.KEY_APPROVERS, text(o, "approversGroup", MAX_NAME_CHARS));
        out.put(COMMENT_ROLE, text(o, "commentRole", MAX_NAME_CHARS));
        out.put(COMMENT_GROUP, text(o, "commentGroup", MAX_NAME_CHARS));
        environmentFields(o.get("environmentFields"), out);
        String category = text(o, "categoryField", 40);
        if (!category.isEmpty() && !category.equals("components") && !FIELD_ID.matcher(category).matches()) {
            throw new Invalid("categoryField", "categoryField must be components, a custom field id such as customfield_10200, or empty");
        }
        out.put(CATEGORY_FIELD, category);
        requiredSlots(o.get("requiredSlots"), storedCategories, out);
        String team = text(o, "teamField", 40);
        if (!team.isEmpty() && !team.equals("components") && !FIELD_ID.matcher(team).matches()) {
            throw new Invalid("teamField", "teamField must be components, a custom field id such as customfield_10300, or empty");
        }
        out.put(PluginSettingsHandoffSettings.TEAM_FIELD, team);
        String spaces = text(o, "confluenceSpaces", 2000);
        if (!spaces.isEmpty()) {
            try {
                spaces = ApprovedSpaces.parse(spaces).asMap().entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue()).collect(java.util.stream.Collectors.joining(","));
            } catch (IllegalArgumentException e) {
                throw new Invalid("confluenceSpaces", "confluenceSpaces: " + e.getMessage() + " (write KEY:TIER, e.g. OPS:1,NET:2)");
            }
        }
        out.put(PluginSettingsHandoffSettings.CONFLUENCE_SPACES, spaces);
        out.put(RETENTION_DAYS, number(o, "retentionDays", RETENTION_DAYS_RANGE));
        out.put(REGENERATE_PER_ISSUE, number(o, "regeneratePerIssuePerHour", REGENERATE_PER_ISSUE_RANGE));
        out.put(REGENERATE_PER_USER, number(o, "regeneratePerUserPerHour", REGENERATE_PER_USER_RANGE));
        out.put(REDACTION_PATTERNS, redactionPatterns(o.get("redactionPatterns")));
        return out;
    }

    /** One project's overrides; null means "as the global settings say". */
    public static Map<String, Object> readProject(String projectKey, ProjectSettings p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("projectKey", projectKey);
        o.put("enabled", p.enabled().orElse(true));
        o.put("targetTier", p.targetTier().orElse(null));
        o.put("postAsComment", p.postAsComment().orElse(null));
        o.put("commentRole", p.commentRole().orElse(""));
        o.put("commentGroup", p.commentGroup().orElse(""));
        return o;
    }

    /** {@code {"enabled", "targetTier", "postAsComment", "commentRole", "commentGroup"}}, every field present. */
    public static ProjectSettings toProject(String body) throws Invalid {
        List<String> fields = List.of("enabled", "targetTier", "postAsComment", "commentRole", "commentGroup");
        JsonNode o = object(body, Set.copyOf(fields));
        for (String field : fields) {
            if (!o.has(field)) {
                throw new Invalid(field, field + " is missing");
            }
        }
        if (!o.get("enabled").isBoolean()) {
            throw new Invalid("enabled", "enabled must be true or false");
        }
        JsonNode tier = o.get("targetTier");
        if (!tier.isNull() && !(tier.isIntegralNumber() && tier.canConvertToInt() && tier.intValue() >= 1 && tier.intValue() <= 3)) {
            throw new Invalid("targetTier", "targetTier must be 1, 2, 3 or null (as the post-function says, else 2)");
        }
        JsonNode post = o.get("postAsComment");
        if (!post.isNull() && !post.isBoolean()) {
            throw new Invalid("postAsComment", "postAsComment must be true, false or null");
        }
        String role = text(o, "commentRole", MAX_NAME_CHARS);
        String group = text(o, "commentGroup", MAX_NAME_CHARS);
        return new ProjectSettings(Optional.of(o.get("enabled").booleanValue()),
                tier.isNull() ? Optional.empty() : Optional.of(tier.intValue()),
                post.isNull() ? Optional.empty() : Optional.of(post.booleanValue()),
                role.isEmpty() ? Optional.empty() : Optional.of(role),
                group.isEmpty() ? Optional.empty() : Optional.of(group));
    }

    /** {@code {"modelUrl": "...", "modelName": "..."}}: what the screen asks to test, saved or not. */
    public static ModelProbe.Target probeTarget(String body) throws Invalid {
        JsonNode o = object(body, Set.of("modelUrl", "modelName", "modelProtocol"));
        String protocol = text(o, "modelProtocol", 20);
        if (!protocol.isEmpty() && ModelSettings.Protocol.of(protocol).isEmpty()) {
            throw new Invalid("modelProtocol", "modelProtocol must be ollama or openai");
        }
        return new ModelProbe.Target(text(o, "modelUrl", 2000), text(o, "modelName", 200),
                ModelSettings.Protocol.of(protocol).orElse(ModelSettings.Protocol.OLLAMA) == ModelSettings.Protocol.OPENAI);
    }

    /** The GET answer: the document and, for the screen's hints, the range of every number field. */
    public static String json(Map<String, Object> document) {
        Map<String, Object> ranges = new LinkedHashMap<>();
        ranges.put("connectTimeoutSeconds", range(CONNECT_SECONDS_RANGE));
        ranges.put("readTimeoutSeconds", range(READ_SECONDS_RANGE));
        ranges.put("maxConcurrent", range(MAX_CONCURRENT_RANGE));
        ranges.put("breakerFailures", range(BREAKER_FAILURES_RANGE));
        ranges.put("breakerOpenSeconds", range(BREAKER_OPEN_SECONDS_RANGE));
        ranges.put("retentionDays", range(RETENTION_DAYS_RANGE));
        ranges.put("regeneratePerIssuePerHour", range(REGENERATE_PER_ISSUE_RANGE));
        ranges.put("regeneratePerUserPerHour", range(REGENERATE_PER_USER_RANGE));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("config", document);
        answer.put("ranges", ranges);
        return Json.write(answer);
    }

    private static List<Integer> range(IntRange r) {
        return List.of(r.min(), r.max());
    }

    // ------------------------------------------------------------------------------------------------ parts

    private static void environmentFields(JsonNode node, Map<String, String> out) throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid("environmentFields", "environmentFields must be an object of slot name to field id");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (slot(name).isEmpty()) {
                throw new Invalid("environmentFields", "environmentFields has an unknown slot \"" + printable(name) + "\"");
            }
        }
        for (Slot slot : Slot.values()) {
            JsonNode v = node.get(slot.jsonName());
            String field = v == null || v.isNull() ? "" : v.isTextual() ? v.textValue().strip() : null;
            if (field == null || (!field.isEmpty() && !FIELD_ID.matcher(field).matches())) {
                throw new Invalid("environmentFields", "environmentFields." + slot.jsonName()
                        + " must be a custom field id such as customfield_10100, or empty");
            }
            out.put(FIELD_PREFIX + slot.jsonName(), field);
        }
    }

    private static void requiredSlots(JsonNode node, List<String> storedCategories, Map<String, String> out)
            throws Invalid {
        if (node == null || !node.isObject()) {
            throw new Invalid("requiredSlots", "requiredSlots must be an object of category to slot names");
        }
        if (node.size() > MAX_CATEGORIES + 1) {
            throw new Invalid("requiredSlots", "requiredSlots has more than " + MAX_CATEGORIES + " categories");
        }
        Set<String> categories = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // the reader looks categories up trimmed and in lower case
            String category = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (category.isEmpty() || category.length() > 100 || hasControl(category)) {
                throw new Invalid("requiredSlots", "requiredSlots has an empty or unusable category name");
            }
            if (!categories.add(category)) {
                throw new Invalid("requiredSlots", "requiredSlots names category \"" + printable(category) + "\" twice");
            }
            if (!e.getValue().isArray()) {
                throw new Invalid("requiredSlots", "requiredSlots." + printable(category) + " must be a list of slot names");
            }
            List<String> names = new ArrayList<>();
            for (JsonNode n : e.getValue()) {
                Optional<Slot> slot = n.isTextual() ? slot(n.textValue().strip()) : Optional.empty();
                if (slot.isEmpty()) {
                    throw new Invalid("requiredSlots", "requiredSlots." + printable(category) + " has an unknown slot "
                            + printable(n.toString()) + "; slots are " + String.join(", ", slotNames(Set.of(Slot.values()))));
                }
                names.add(slot.get().jsonName());
            }
            out.put(REQUIRED_PREFIX + category, String.join(",", names));
        }
        for (String old : storedCategories) {
            String key = REQUIRED_PREFIX + old.strip().toLowerCase(Locale.ROOT);
            out.putIfAbsent(key, null);
        }
        out.putIfAbsent(REQUIRED_PREFIX + DEFAULT_CATEGORY, null);
        categories.remove(DEFAULT_CATEGORY);
        out.put(HandoffSettingsWriter.REQUIRED_CATEGORIES, String.join("\n", categories));
    }

    private static String redactionPatterns(JsonNode node) throws Invalid {
        if (node == null || !node.isArray()) {
            throw new Invalid("redactionPatterns", "redactionPatterns must be a list of name=regex lines");
        }
        if (node.size() > MAX_PATTERNS) {
            throw new Invalid("redactionPatterns", "redactionPatterns has more than " + MAX_PATTERNS + " patterns");
        }
        List<String> lines = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int line = 0;
        for (JsonNode n : node) {
            line++;
            String where = "redactionPatterns line " + line;
            if (!n.isTextual() || n.textValue().isBlank()) {
                throw new Invalid("redactionPatterns", where + " must be name=regex");
            }
            String text = n.textValue().strip();
            int eq = text.indexOf('=');
            if (eq < 0 || text.length() > MAX_PATTERN_CHARS || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new Invalid("redactionPatterns", where + " must be one name=regex line of at most "
                        + MAX_PATTERN_CHARS + " characters");
            }
            String name = text.substring(0, eq).strip();
            String regex = text.substring(eq + 1).strip();
            if (!PATTERN_NAME.matcher(name).matches()) {
                throw new Invalid("redactionPatterns", where + ": the name must start with a letter and use letters, digits, - and _ (at most 40)");
            }
            if (!names.add(name)) {
                throw new Invalid("redactionPatterns", where + ": the name " + name + " is used twice");
            }
            if (regex.isEmpty()) {
                throw new Invalid("redactionPatterns", where + ": the regex is empty");
            }
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new Invalid("redactionPatterns", where + ": the regex does not compile ("
                        + printable(e.getDescription()) + ")");
            }
            lines.add(name + "=" + regex);
        }
        return String.join("\n", lines);
    }

    // ------------------------------------------------------------------------------------------------ JSON

    /** A knowledge source as the admin screen sends it: {@code {"name": ..., "tier": 1..3}}. */
    public record SourceInput(String name, int tier) {
    }

    public static SourceInput source(String body) throws Invalid {
        JsonNode o = object(body, Set.of("name", "tier"));
        String name = text(o, "name", 100);
        if (name.isEmpty()) {
            throw new Invalid("name", "name must not be empty");
        }
        return new SourceInput(name, Integer.parseInt(number(o, "tier", new IntRange(1, 3))));
    }

    private static JsonNode object(String body, Set<String> allowed) throws Invalid {
        if (body == null || body.isBlank()) {
            throw new Invalid(null, "the body must be a JSON object");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new Invalid(null, "the body is larger than " + MAX_BODY_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Invalid(null, "the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Invalid(null, "the body must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new Invalid(null, "unknown field \"" + printable(name) + "\"");
            }
        }
        return node;
    }

    /** A trimmed JSON string (null and absent are empty) of at most {@code max} characters, without control characters. */
    private static String text(JsonNode o, String field, int max) throws Invalid {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new Invalid(field, field + " must be text");
        }
        String s = v.textValue().strip();
        if (s.length() > max || hasControl(s)) {
            throw new Invalid(field, field + " must be one line of at most " + max + " characters");
        }
        return s;
    }

    private static String number(JsonNode o, String field, IntRange range) throws Invalid {
        JsonNode v = o.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || !range.contains(v.intValue())) {
            throw new Invalid(field, field + " must be a whole number from " + range.min() + " to " + range.max());
        }
        return Integer.toString(v.intValue());
    }

    private static Optional<Slot> slot(String name) {
        for (Slot s : Slot.values()) {
            if (s.jsonName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static List<String> slotNames(Set<Slot> slots) {
        List<String> out = new ArrayList<>();
        for (Slot s : Slot.values()) {
            if (slots.contains(s)) {
                out.add(s.jsonName());
            }
        }
        return out;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    /** Names and parser messages are echoed in one-line errors: keep them short and printable. */
    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("[^\\p{Alnum}_.:,*\\- ]", "?");
    }

    /** Comma-separated category names, each 1-60 printable characters, at most 30, no duplicates. */
    private static String categories(String list) throws Invalid {
        List<String> out = new java.util.ArrayList<>();
        for (String c : list.split(",")) {
            String name = c.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > 60 || !name.matches("[\\p{L}\\p{N} ._/&()-]+")) {
                throw new Invalid("modelCategories", "modelCategories holds a name that is not 1-60 letters, digits, spaces or ._/&()-");
            }
            if (out.stream().anyMatch(name::equalsIgnoreCase)) {
                throw new Invalid("modelCategories", "modelCategories names " + name + " twice");
            }
            out.add(name);
        }
        if (out.size() > 30) {
            throw new Invalid("modelCategories", "modelCategories holds more than 30 categories");
        }
        return String.join(", ", out);
    }
}
