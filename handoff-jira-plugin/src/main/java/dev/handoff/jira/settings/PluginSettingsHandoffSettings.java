package dev.handoff.jira.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.core.model.Slot;

import javax.inject.Inject;
import javax.inject.Named;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Settings in SAL's global plugin settings (database-backed, so every cluster node reads the same). Values are
 * strings; a missing, blank or unreadable value means the default, so a bad edit cannot stop drafting.
 */
@Named
public class PluginSettingsHandoffSettings implements HandoffSettings {

    public static final String COMMENT_ROLE = "handoff.comment.role";
    public static final String COMMENT_GROUP = "handoff.comment.group";
    public static final String FIELD_PREFIX = "handoff.field.";
    public static final String MODEL_URL = "handoff.model.url";
    public static final String MODEL_NAME = "handoff.model.name";
    public static final String MODEL_CONNECT_SECONDS = "handoff.model.connectTimeoutSeconds";
    public static final String MODEL_READ_SECONDS = "handoff.model.readTimeoutSeconds";
    public static final String MODEL_MAX_CONCURRENT = "handoff.model.maxConcurrent";
    public static final String MODEL_BREAKER_FAILURES = "handoff.model.breakerFailures";
    public static final String MODEL_BREAKER_OPEN_SECONDS = "handoff.model.breakerOpenSeconds";
    public static final String MODEL_LANGUAGE = "handoff.model.language";
    public static final String MODEL_PROTOCOL = "handoff.model.protocol";
    public static final String MODEL_STREAM = "handoff.model.stream";
    /** Comma-separated. */
    public static final String MODEL_CATEGORIES = "handoff.model.categories";
    public static final String CATEGORY_FIELD = "handoff.category.field";
    public static final String TEAM_FIELD = "handoff.team.field";
    public static final String CONFLUENCE_SPACES = "handoff.confluence.spaces";
    public static final String EMBED_MODEL = "handoff.model.embedModel";
    /** Followed by a category name, or by {@code *} for the default list; the value lists slot names. */
    public static final String REQUIRED_PREFIX = "handoff.required.";
    public static final String RETENTION_DAYS = "handoff.retention.days";
    public static final String REGENERATE_PER_ISSUE = "handoff.regenerate.perIssuePerHour";
    public static final String REGENERATE_PER_USER = "handoff.regenerate.perUserPerHour";
    public static final String REDACTION_PATTERNS = "handoff.redaction.extraPatterns";
    public static final int DEFAULT_RETENTION_DAYS = 365;

    public static final IntRange CONNECT_SECONDS_RANGE = new IntRange(1, 60);
    public static final IntRange READ_SECONDS_RANGE = new IntRange(1, 600);
    public static final IntRange MAX_CONCURRENT_RANGE = new IntRange(1, 64);
    public static final IntRange BREAKER_FAILURES_RANGE = new IntRange(1, 100);
    public static final IntRange BREAKER_OPEN_SECONDS_RANGE = new IntRange(10, 86_400);
    public static final IntRange RETENTION_DAYS_RANGE = new IntRange(1, 36_500);
    public static final IntRange REGENERATE_PER_ISSUE_RANGE = new IntRange(1, 1000);
    public static final IntRange REGENERATE_PER_USER_RANGE = new IntRange(1, 10_000);

    private final PluginSettingsFactory factory;

    @Inject
    public PluginSettingsHandoffSettings(@ComponentImport PluginSettingsFactory factory) {
        this.factory = factory;
    }

    @Override
    public Optional<String> commentRole() {
        return read(COMMENT_ROLE);
    }

    @Override
    public Optional<String> commentGroup() {
        return read(COMMENT_GROUP);
    }

    @Override
    public Optional<String> environmentField(Slot slot) {
        return read(FIELD_PREFIX + slot.jsonName());
    }

    @Override
    public ModelSettings model() {
        ModelSettings d = ModelSettings.DEFAULTS;
        Optional<URI> endpoint = read(MODEL_URL).flatMap(PluginSettingsHandoffSettings::httpUri);
        return new ModelSettings(endpoint, read(MODEL_NAME).orElse(d.model()),
                seconds(MODEL_CONNECT_SECONDS, d.connectTimeout(), CONNECT_SECONDS_RANGE),
                seconds(MODEL_READ_SECONDS, d.readTimeout(), READ_SECONDS_RANGE),
                number(MODEL_MAX_CONCURRENT, d.maxConcurrent(), MAX_CONCURRENT_RANGE),
                number(MODEL_BREAKER_FAILURES, d.breakerFailures(), BREAKER_FAILURES_RANGE),
                seconds(MODEL_BREAKER_OPEN_SECONDS, d.breakerOpenFor(), BREAKER_OPEN_SECONDS_RANGE),
                read(MODEL_PROTOCOL).flatMap(ModelSettings.Protocol::of).orElse(d.protocol()),
                read(MODEL_STREAM).map("true"::equals).orElse(d.stream()));
    }

    @Override
    public String modelLanguage() {
        return read(MODEL_LANGUAGE).orElse("English");
    }

    @Override
    public List<String> modelCategories() {
        List<String> out = new ArrayList<>();
        for (String c : read(MODEL_CATEGORIES).orElse("").split(",")) {
            if (!c.isBlank() && !out.contains(c.strip())) {
                out.add(c.strip());
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<String> categoryField() {
        return read(CATEGORY_FIELD);
    }

    @Override
    public Optional<String> teamField() {
        return read(TEAM_FIELD);
    }

    @Override
    public Optional<String> confluenceSpaces() {
        return read(CONFLUENCE_SPACES);
    }

    @Override
    public Optional<String> embedModel() {
        return read(EMBED_MODEL);
    }

    @Override
    public Set<Slot> requiredSlots(Optional<String> category) {
        Optional<String> own = category.map(c -> c.trim().toLowerCase(Locale.ROOT))
                .filter(c -> !c.isEmpty())
                .flatMap(c -> read(REQUIRED_PREFIX + c));
        return slots(own.or(() -> read(REQUIRED_PREFIX + "*")).orElse(""));
    }

    @Override
    public int retentionDays() {
        return number(RETENTION_DAYS, DEFAULT_RETENTION_DAYS, RETENTION_DAYS_RANGE);
    }

    @Override
    public RegenerateLimits regenerateLimits() {
        RegenerateLimits d = RegenerateLimits.DEFAULTS;
        return new RegenerateLimits(number(REGENERATE_PER_ISSUE, d.perIssuePerHour(), REGENERATE_PER_ISSUE_RANGE),
                number(REGENERATE_PER_USER, d.perUserPerHour(), REGENERATE_PER_USER_RANGE));
    }

    @Override
    public List<String> extraRedactionPatterns() {
        List<String> lines = new ArrayList<>();
        for (String line : read(REDACTION_PATTERNS).orElse("").split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return List.copyOf(lines);
    }

    /** Slot names separated by commas or spaces; unknown names are ignored, not fatal. */
    public static Set<Slot> slots(String list) {
        Set<Slot> slots = EnumSet.noneOf(Slot.class);
        for (String name : list.split("[,\\s]+")) {
            for (Slot slot : Slot.values()) {
                if (slot.jsonName().equalsIgnoreCase(name)) {
                    slots.add(slot);
                }
            }
        }
        return slots;
    }

    /** An absolute http or https URI with a host; anything else is no endpoint. */
    public static Optional<URI> httpUri(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Duration seconds(String key, Duration fallback, IntRange range) {
        return Duration.ofSeconds(number(key, (int) fallback.getSeconds(), range));
    }

    private int number(String key, int fallback, IntRange range) {
        try {
            return read(key).map(Integer::parseInt).filter(range::contains).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Optional<String> read(String key) {
        PluginSettings settings = factory.createGlobalSettings();
        Object value = settings.get(key);
        return value instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
    }
}
